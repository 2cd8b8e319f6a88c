import { PARSER_FILE } from '../../parser/format/index'
import type { FormatFiles } from '../../parser/index'

/** A file of an opened folder or archive: its path from what the user picked, and its text. */
export interface PickedEntry {
  path: string
  text: string
}

/** The files a format is read from; anything else in a folder (images, READMEs) is left out. */
export const isFormatFile = (path: string): boolean => /\.(ya?ml|json)$/i.test(path)

// Archivers and file managers add entries that are no one's files.
const isNoise = (path: string): boolean =>
  path.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(path)

/**
 * The folder holding `ingest/parser.yml`, as a prefix of the paths ('' for the top, else ending in
 * '/'); the shallowest wins when several do. null when no path has one.
 */
export function findFormatRoot(paths: Iterable<string>): string | null {
  let root: string | null = null
  for (const path of paths) {
    if (isNoise(path)) continue
    if (path !== PARSER_FILE && !path.endsWith(`/${PARSER_FILE}`)) continue
    const prefix = path.slice(0, path.length - PARSER_FILE.length)
    if (root === null || prefix.split('/').length < root.split('/').length) root = prefix
  }
  return root
}

export interface OpenedFolder {
  /** What to call the format's folder: its directory's name, else the archive's. */
  name: string
  files: FormatFiles
}

/**
 * The format folder among the picked entries: its files by path inside it. null when none holds
 * an `ingest/parser.yml`. `fallbackName` names a folder at the top of an archive.
 */
export function formatFolderOf(
  entries: readonly PickedEntry[],
  fallbackName: string,
): OpenedFolder | null {
  const root = findFormatRoot(entries.map((entry) => entry.path))
  if (root === null) return null
  const files: FormatFiles = {}
  for (const { path, text } of entries) {
    if (!path.startsWith(root) || isNoise(path) || !isFormatFile(path)) continue
    files[path.slice(root.length)] = text
  }
  const name = root.split('/').filter(Boolean).pop() ?? fallbackName
  return { name, files }
}

import type { FormatFiles } from '../../parser/index'

/** Turns Vite's glob of a format folder (absolute paths from the project root) into paths inside the folder. */
export function toFormatFiles(
  globbed: Readonly<Record<string, string>>,
  folder: string,
): FormatFiles {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`
  const files: FormatFiles = {}
  for (const [path, text] of Object.entries(globbed)) {
    if (path.startsWith(prefix)) files[path.slice(prefix.length)] = text
  }
  return files
}

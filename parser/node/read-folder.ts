import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { FormatFiles } from '../format'

// What a format folder holds as text; its logo and other binaries are not the parser's business.
const TEXT_FILE = /\.(ya?ml|json|md)$/i

/** Reads a format folder recursively into FormatFiles ('_meta/manifest.yml' → text, '/'-separated). */
export async function readFormatFolder(folder: string): Promise<FormatFiles> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files: FormatFiles = {}
  const reads = entries
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map(async (entry) => {
      const path = join(entry.parentPath, entry.name)
      files[relative(folder, path).split(sep).join('/')] = await readFile(path, 'utf8')
    })
  await Promise.all(reads)
  return files
}

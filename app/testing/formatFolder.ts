// Test support: the ESXi format folder as the worker sees it, read from disk in Node.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { FormatFiles } from '../../parser/index'

export const ESXI_FORMAT_FOLDER = join(import.meta.dirname, '../../parser/formats/vmware-esxi')

export function readFormatFolder(root: string = ESXI_FORMAT_FOLDER): FormatFiles {
  const files: FormatFiles = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(ya?ml|json)$/.test(name))
        files[relative(root, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return files
}

import { strFromU8, unzipSync } from 'fflate'
import { isFormatFile, type PickedEntry } from './folder'

/** A format's largest file (a big parser.yml) is well under this; a larger entry is no such file. */
const MAX_FILE_BYTES = 4 * 1024 * 1024

/**
 * The text files of a zip, by path. Entries that cannot be a format's file, or that are too large
 * to be one, are not inflated at all. Throws when the archive cannot be read.
 */
export function zipEntries(bytes: Uint8Array): PickedEntry[] {
  const entries = unzipSync(bytes, {
    filter: (file) => isFormatFile(file.name) && file.originalSize <= MAX_FILE_BYTES,
  })
  return Object.entries(entries).map(([path, content]) => ({ path, text: strFromU8(content) }))
}

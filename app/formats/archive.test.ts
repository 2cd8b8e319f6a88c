import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipEntries } from './archive'
import { formatFolderOf } from './folder'
import { TINY_FORMAT } from './testing/tinyFormat'

describe('zipEntries', () => {
  it('reads a zipped format folder back to the same files', () => {
    const zipped: Record<string, Uint8Array> = { 'tiny/_meta/logo.png': new Uint8Array([1, 2]) }
    for (const [path, text] of Object.entries(TINY_FORMAT)) zipped[`tiny/${path}`] = strToU8(text)
    const entries = zipEntries(zipSync(zipped))
    expect(entries.map((entry) => entry.path).sort()).toEqual(
      Object.keys(TINY_FORMAT)
        .map((path) => `tiny/${path}`)
        .sort(),
    )
    expect(formatFolderOf(entries, 'archive')).toEqual({ name: 'tiny', files: TINY_FORMAT })
  })

  it('throws on bytes that are not a zip', () => {
    expect(() => zipEntries(strToU8('not a zip'))).toThrow()
  })
})

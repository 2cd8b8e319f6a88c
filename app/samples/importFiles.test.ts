import { describe, expect, it } from 'vitest'
import { samplesToZip, serializeSample } from '../../parser/samples/index'
import { importSampleFiles } from './importFiles'

const manifest = { slug: 'vmware-esxi', uuid: 'uuid-1' }
const sample = { name: 'A', message: 'a line', expected: { message: 'a line' } }
const bytes = (text: string) => new TextEncoder().encode(text)

describe('importSampleFiles', () => {
  it('imports json files and zips, suffixing names already taken', () => {
    const result = importSampleFiles(
      [
        { name: 'A.json', bytes: bytes(serializeSample(sample, manifest)) },
        { name: 'more.zip', bytes: samplesToZip([sample], manifest) },
      ],
      ['A'],
    )
    expect(result.rejected).toEqual([])
    expect(result.imported).toEqual([
      { ...sample, name: 'A_2' },
      { ...sample, name: 'A_3' },
    ])
  })

  it('lists each bad file with its reason and imports nothing from it', () => {
    const result = importSampleFiles(
      [
        { name: 'broken.json', bytes: bytes('{ not json') },
        { name: 'notes.txt', bytes: bytes('hello') },
        { name: 'junk.zip', bytes: bytes('not a zip') },
      ],
      [],
    )
    expect(result.imported).toEqual([])
    expect(result.rejected.map((entry) => entry.file)).toEqual([
      'broken.json',
      'notes.txt',
      'junk.zip: (archive)',
    ])
    expect(result.rejected[0]?.reason).toMatch(/^1:\d+ /)
  })
})

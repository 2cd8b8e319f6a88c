import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { readFormatFolder } from '../node/read-folder'
import { serializeSample } from './sample-file'
import type { SampleDraft } from './types'
import { MAX_ENTRY_BYTES, samplesFromZip, samplesToZip } from './zip'

const MANIFEST = { slug: 'demo', uuid: '0000-1111' }
const draft = (name: string): SampleDraft => ({ name, message: `line ${name}`, expected: { n: 1 } })

describe('samplesToZip / samplesFromZip', () => {
  it('round-trips all built-in samples byte for byte through a tests/ folder', async () => {
    const folder = new URL('../formats/vmware-esxi', import.meta.url).pathname
    const format = loadFormat(await readFormatFolder(folder))
    const zip = samplesToZip(format.samples, format)

    const entries = unzipSync(zip)
    expect(Object.keys(entries).sort()).toEqual(format.samples.map((s) => s.file).sort())
    for (const sample of format.samples) {
      expect(strFromU8(entries[sample.file] ?? new Uint8Array())).toBe(sample.text)
    }

    const back = samplesFromZip(zip)
    expect(back.rejected).toEqual([])
    expect(back.imported).toHaveLength(34)
    for (const sample of back.imported) {
      const original = format.samples.find((s) => s.name === sample.name)
      expect(serializeSample(sample, format)).toBe(original?.text)
    }
  })

  it('never lets two samples of the same name overwrite each other', () => {
    const entries = unzipSync(samplesToZip([draft('A'), draft('A')], MANIFEST))
    expect(Object.keys(entries).sort()).toEqual(['tests/A.json', 'tests/A_2.json'])
  })

  it('suffixes imported names that clash with existing samples', () => {
    const zip = samplesToZip([draft('A'), draft('B')], MANIFEST)
    expect(samplesFromZip(zip, ['A']).imported.map((s) => s.name)).toEqual(['A_2', 'B'])
  })

  it('imports the good files and lists each bad one with its reason', () => {
    const good = serializeSample(draft('good'), MANIFEST)
    const zip = zipSync({
      'tests/good.json': strToU8(good),
      'tests/broken.json': strToU8('{ "input": '),
      'tests/no_message.json': strToU8('{ "input": {}, "expected": {} }'),
      'tests/array.json': strToU8('[]'),
      'tests/flat.json': strToU8('{ "input": { "message": "x" }, "expected": [] }'),
      'tests/README.md': strToU8('# notes'),
      '__MACOSX/tests/._good.json': strToU8('junk'),
    })
    const { imported, rejected } = samplesFromZip(zip)
    expect(imported).toEqual([draft('good')])
    const reasons = Object.fromEntries(rejected.map((r) => [r.file, r.reason]))
    expect(Object.keys(reasons).sort()).toEqual([
      'tests/README.md',
      'tests/array.json',
      'tests/broken.json',
      'tests/flat.json',
      'tests/no_message.json',
    ])
    expect(reasons['tests/README.md']).toBe('not a .json test file')
    expect(reasons['tests/broken.json']).toMatch(/^1:\d+ /)
    expect(reasons['tests/no_message.json']).toMatch(/input\.message/)
    expect(reasons['tests/array.json']).toMatch(/an object/)
    expect(reasons['tests/flat.json']).toMatch(/"expected" must be an object/)
  })

  it('refuses an entry too large to be a test file without inflating it', () => {
    const zip = zipSync({ 'tests/huge.json': new Uint8Array(MAX_ENTRY_BYTES + 1) })
    expect(samplesFromZip(zip)).toEqual({
      imported: [],
      rejected: [{ file: 'tests/huge.json', reason: `larger than ${MAX_ENTRY_BYTES} bytes` }],
    })
  })

  it('reports bytes that are not a zip as one rejection', () => {
    const result = samplesFromZip(strToU8('not a zip at all'))
    expect(result.imported).toEqual([])
    expect(result.rejected).toEqual([
      { file: '(archive)', reason: expect.stringMatching(/^not a readable zip/) },
    ])
  })
})

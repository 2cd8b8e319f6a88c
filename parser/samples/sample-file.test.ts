import { beforeAll, describe, expect, it } from 'vitest'
import type { Format } from '../format'
import { loadFormat } from '../format'
import { readFormatFolder } from '../node/read-folder'
import { readSampleFile, serializeSample } from './sample-file'

const MANIFEST = { slug: 'demo', uuid: '0000-1111' }

let format: Format
beforeAll(async () => {
  format = loadFormat(
    await readFormatFolder(new URL('../formats/vmware-esxi', import.meta.url).pathname),
  )
})

describe('built-in samples', () => {
  it('has the 34 seed samples', () => {
    expect(format.samples).toHaveLength(34)
  })

  it('serializes each loaded sample to its file, byte for byte', () => {
    for (const sample of format.samples) {
      expect(serializeSample(sample, format), sample.name).toBe(sample.text)
    }
  })

  it('reads each exported file back to the same sample and the same bytes', () => {
    for (const sample of format.samples) {
      const text = serializeSample(sample, format)
      const read = readSampleFile(`${sample.name}.json`, text)
      if (!read.ok) throw new Error(`${sample.name}: ${JSON.stringify(read.errors)}`)
      expect(read.sample).toEqual({
        name: sample.name,
        message: sample.message,
        expected: sample.expected,
      })
      expect(serializeSample(read.sample, format)).toBe(text)
    }
  })
})

describe('serializeSample', () => {
  it('writes input (dialect header, then message) before expected, two-space, newline-ended', () => {
    const text = serializeSample({ name: 'x', message: 'line', expected: { a: 1 } }, MANIFEST)
    expect(text).toBe(
      '{\n  "input": {\n    "sekoiaio": {\n      "intake": {\n        "dialect": "demo",\n' +
        '        "dialect_uuid": "0000-1111"\n      }\n    },\n    "message": "line"\n  },\n' +
        '  "expected": {\n    "a": 1\n  }\n}\n',
    )
  })
})

describe('readSampleFile rejects', () => {
  const errorsOf = (text: string) => {
    const read = readSampleFile('tests/bad.json', text)
    if (read.ok) throw new Error('accepted a malformed file')
    return read.errors
  }

  it('text that is not JSON, at its line and column', () => {
    const [error] = errorsOf('{\n  "input": {\n    "message": "x",\n  }\n}\n')
    expect(error).toMatchObject({ line: 4, column: 3 })
  })

  it('an array at top level', () => {
    expect(errorsOf('[1, 2]\n')[0]?.message).toMatch(/object with "input" and "expected"/)
  })

  it('a missing input.message', () => {
    const [error] = errorsOf('{\n  "input": {},\n  "expected": {}\n}\n')
    expect(error).toEqual({ message: expect.stringMatching(/input\.message/), line: 2, column: 3 })
  })

  it('an input.message that is not a string', () => {
    const [error] = errorsOf('{\n  "input": {\n    "message": 42\n  },\n  "expected": {}\n}\n')
    expect(error).toEqual({
      message: expect.stringMatching(/must be a string/),
      line: 3,
      column: 5,
    })
  })

  it.each([
    ['missing', '{ "input": { "message": "x" } }'],
    ['an array', '{ "input": { "message": "x" }, "expected": [] }'],
    ['a string', '{ "input": { "message": "x" }, "expected": "event" }'],
  ])('an expected that is %s', (_, text) => {
    expect(errorsOf(text)[0]?.message).toMatch(/"expected" must be an object/)
  })

  it('a dialect header of the wrong type', () => {
    const text =
      '{\n  "input": {\n    "sekoiaio": { "intake": { "dialect": 3 } },\n' +
      '    "message": "x"\n  },\n  "expected": {}\n}\n'
    expect(errorsOf(text)).toEqual([
      { message: '"input.sekoiaio.intake.dialect" must be a string', line: 3, column: 5 },
    ])
  })
})

import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { readFormatFolder } from '../node/read-folder'
import { compile } from './compile'
import { runSamples } from './samples'

const PARSER = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.dataset: '{{ original.sekoiaio.intake.dialect }}'
`

const sampleText = (expected: object) =>
  JSON.stringify({
    input: { message: 'line', sekoiaio: { intake: { dialect: 'demo' } } },
    expected: { message: 'not compared', ...expected },
  })

describe('runSamples', () => {
  it("passes the sample's whole input as the original layer and compares without the message", () => {
    const format = loadFormat({
      'ingest/parser.yml': PARSER,
      'tests/good.json': sampleText({ event: { dataset: 'demo' } }),
      'tests/bad.json': sampleText({ event: { dataset: 'other' } }),
    })
    const { parser } = compile(format)
    if (!parser) throw new Error('the test parser does not compile')
    const results = runSamples(parser, format.samples)
    expect(results.map(({ name, pass }) => ({ name, pass }))).toEqual([
      { name: 'bad', pass: false },
      { name: 'good', pass: true },
    ])
    expect(results[0]?.expected).toEqual({ message: 'line', event: { dataset: 'other' } })
    expect(results[0]?.actual).toEqual({ message: 'line', event: { dataset: 'demo' } })
    expect(results[0]?.result.event).toEqual({ message: 'line', event: { dataset: 'demo' } })
  })
})

describe('runSamples and framing', () => {
  const parser = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.reason: '{{ original.message }}'
`
  const message = '<13>1 2026-03-01T10:00:00Z host app 1 - - hello'

  it('hands the parser each message as written, header included, unless framing is asked for', () => {
    const format = loadFormat({
      'ingest/parser.yml': parser,
      'tests/framed.json': JSON.stringify({ input: { message }, expected: {} }),
    })
    const compiled = compile(format).parser
    if (!compiled) throw new Error('the test parser does not compile')
    const [asWritten] = runSamples(compiled, format.samples)
    expect(asWritten?.result.event.event).toEqual({ reason: message })
    const framing = { enabled: true, timezone: 'UTC', now: new Date() }
    const [framed] = runSamples(compiled, format.samples, { framing })
    expect(framed?.result.event.event).toEqual({ reason: 'hello' })
  })
})

const ESXI = fileURLToPath(new URL('../formats/vmware-esxi', import.meta.url))

describe('the VMware ESXi format', () => {
  it('loads and compiles without diagnostics, and passes every one of its samples', async () => {
    const format = loadFormat(await readFormatFolder(ESXI))
    const { parser, diagnostics } = compile(format)
    expect([...format.diagnostics, ...diagnostics]).toEqual([])
    if (!parser) throw new Error('the ESXi format does not compile')
    expect(parser.platform).toBe('2023')
    const failing = runSamples(parser, format.samples).filter((result) => !result.pass)
    expect(failing.map(({ name, expected, actual }) => ({ name, expected, actual }))).toEqual([])
    expect(format.samples.length).toBeGreaterThanOrEqual(34)
  })
})

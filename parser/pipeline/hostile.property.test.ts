// Hostile lines through the whole ESXi parse: random, binary and Unicode text (lone surrogates, NUL,
// control characters), seed messages with hostile text spliced in, and 64 KiB lines. Every line
// gives an event the platform could index (JSON values only) whose message is the line's message,
// a trace whose captures are the line's own characters, and no step that failed; parsed without
// sources, the same event.
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { readFormatFolder } from '../node/read-folder'
import { fuzzParameters, fuzzTimeout } from '../testing/fuzz'
import type { ParseResult, Value } from '../types'
import { compile } from './compile'
import { parse } from './run'
import type { CompiledParser } from './types'

const folder = fileURLToPath(new URL('../formats/vmware-esxi', import.meta.url))
const format = loadFormat(await readFormatFolder(folder))
const compiled = compile(format).parser
if (!compiled) throw new Error('the ESXi format does not compile')
const parser: CompiledParser = compiled
const ruleNames = new Set(parser.rules.map((rule) => rule.name))
const seedMessages = format.samples.map((sample) => sample.message)

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[link](javascript:window.__pwned=1)',
  '\u001b[31m',
  '\u0000',
  '\u0007\u0008\u000b\u000c\u007f\u0085',
  '\ud800',
  '\udfff',
  '\u{1f600}',
  '\u202e',
  '\r',
  '\n',
  ' ',
  '"',
  "'",
  '=',
  '@',
  '[',
  '(',
]

/** A seed message with hostile text spliced in at a few places, so rules half-match it. */
const splicedSeed = fc
  .tuple(
    fc.constantFrom(...seedMessages),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE), fc.string())), {
      maxLength: 3,
    }),
  )
  .map(([message, splices]) =>
    splices.reduce((line, [at, text]) => {
      const cut = at % (line.length + 1)
      return line.slice(0, cut) + text + line.slice(cut)
    }, message),
  )

const line = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) }),
  splicedSeed,
  splicedSeed,
)

/** 64 KiB lines: a seed message's start followed by a long run of one hostile piece. */
const longLine = fc
  .tuple(fc.constantFrom(...seedMessages), fc.nat(), fc.constantFrom(...HOSTILE))
  .map(([message, cut, run]) => {
    const prefix = message.slice(0, cut % (message.length + 1))
    return prefix + run.repeat(Math.ceil((64 * 1024 - prefix.length) / run.length))
  })

function isIndexable(value: Value): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isIndexable)
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false
  return Object.values(value).every(isIndexable)
}

function checkResult(raw: string, framingOn: boolean, result: ParseResult): void {
  const { event, trace } = result
  expect(isIndexable(event), 'the event holds JSON values only').toBe(true)
  const messageStart = trace.framing?.header.end ?? 0
  if (!framingOn) expect(messageStart).toBe(0)
  expect(event.message).toBe(raw.slice(messageStart))
  if (trace.rule !== null) expect(ruleNames.has(trace.rule)).toBe(true)
  for (const capture of trace.captures) {
    expect(raw.slice(capture.start, capture.end)).toBe(capture.value)
  }
  expect(trace.steps.filter((step) => step.status === 'error')).toEqual([])
  expect(trace.actions.filter((action) => action.status === 'error')).toEqual([])
}

function parseAndCheck(raw: string, framingOn: boolean): void {
  const framing = { enabled: framingOn, timezone: 'UTC', now: new Date('2024-06-01T00:00:00Z') }
  const result = parse(parser, raw, { framing })
  checkResult(raw, framingOn, result)
  // Without sources (a whole file's run): the same event, rule and captures.
  const unsourced = parse(parser, raw, { framing, sources: false })
  expect(unsourced.event).toEqual(result.event)
  expect([unsourced.trace.rule, unsourced.trace.captures]).toEqual([
    result.trace.rule,
    result.trace.captures,
  ])
  expect(unsourced.trace.fieldSources).toEqual({})
}

describe('parse on hostile lines (ESXi format)', () => {
  it(
    'gives an indexable event carrying the line as its message, and a trace without failures',
    () => {
      fc.assert(fc.property(line, fc.boolean(), parseAndCheck), fuzzParameters(50_000))
    },
    fuzzTimeout(120_000),
  )

  it(
    'does the same for 64 KiB lines',
    () => {
      fc.assert(fc.property(longLine, fc.boolean(), parseAndCheck), fuzzParameters(150))
    },
    fuzzTimeout(120_000),
  )
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frame } from './frame'
import type { Framed, FramingOptions } from './types'

const options: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-06-01T12:00:00Z'),
}

/** What must hold of every result, whatever the line. */
function expectConsistent(line: string, framed: Framed): void {
  expect(line.slice(framed.messageStart)).toBe(framed.message)
  expect(framed.header.start).toBe(0)
  expect(framed.header.end).toBe(framed.messageStart)
  for (const part of framed.header.parts) {
    expect(part.start).toBeGreaterThanOrEqual(0)
    expect(part.end).toBeGreaterThan(part.start)
    expect(part.end).toBeLessThanOrEqual(framed.messageStart)
  }
  const spanned = new Set(framed.header.parts.map((part) => part.field))
  expect(Object.keys(framed.fields).every((field) => spanned.has(field))).toBe(true)
  if (framed.kind === 'bare') {
    expect(framed.message).toBe(line)
    expect(framed.fields).toEqual({})
    expect(framed.header.parts).toEqual([])
  } else {
    expect(framed.diagnostic).toBeUndefined()
  }
  const timestamp = framed.fields['@timestamp']
  if (timestamp !== undefined) expect(timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
}

/** Pieces of real headers, glued at random: chaos around the places where grammars decide. */
const headerPiece = fc.constantFrom(
  '<',
  '>',
  '<13>',
  '<192>',
  '<013>',
  '1 ',
  '2023-04-18T07:14:36.123Z',
  '2023-02-29T00:00:00Z',
  '+02:00',
  'Apr 18 07:14:36',
  ' ',
  '-',
  '[',
  ']',
  '"',
  '\\',
  '=',
  ': ',
  'In(166)',
  '\uFEFF',
  '\u{1F600}',
)
const pieceSoup = fc.array(headerPiece, { maxLength: 16 }).map((pieces) => pieces.join(''))

const word = fc.stringMatching(/^[A-Za-z0-9._@-]{1,12}$/)
const isoStamp = fc
  .tuple(
    fc.integer({ min: 1970, max: 2037 }),
    fc.integer({ min: 1, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.constantFrom('', '.1', '.123', '.123456789'),
    fc.constantFrom('', 'Z', '+02:00', '-05:30', '+24:00'),
  )
  .map(([year, month, day, hour, fraction, zone]) => {
    const two = (value: number) => String(value).padStart(2, '0')
    return `${year}-${two(month)}-${two(day)}T${two(hour)}:14:36${fraction}${zone}`
  })
const bsdStamp = fc
  .tuple(fc.constantFrom('Jan', 'Feb', 'Dec'), fc.integer({ min: 0, max: 31 }))
  .map(([month, day]) => `${month} ${String(day).padStart(2, ' ')} 07:14:36`)
const pri = fc.oneof(fc.integer({ min: 0, max: 200 }).map(String), fc.constantFrom('', '013', 'x'))
const tag = fc
  .tuple(word, fc.option(fc.nat({ max: 99_999 })))
  .map(([name, pid]) => (pid === null ? `${name}: ` : `${name}[${pid}]: `))
const structuredData = fc.oneof(
  fc.constant('-'),
  fc
    .array(fc.tuple(word, fc.array(fc.tuple(word, fc.string()), { maxLength: 3 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((elements) =>
      elements
        .map(([id, params]) => {
          const rendered = params.map(
            ([name, value]) => ` ${name}="${value.replace(/["\\\]]/g, '\\$&')}"`,
          )
          return `[${id}${rendered.join('')}]`
        })
        .join(''),
    ),
)
const nilOr = (arbitrary: fc.Arbitrary<string>) => fc.oneof(fc.constant('-'), arbitrary)
const rfc5424 = fc
  .tuple(pri, nilOr(isoStamp), nilOr(word), nilOr(word), nilOr(word), nilOr(word), structuredData)
  .map(
    ([p, stamp, host, app, procid, msgid, data]) =>
      `<${p}>1 ${stamp} ${host} ${app} ${procid} ${msgid} ${data} \uFEFFmsg`,
  )
const rfc3164 = fc
  .tuple(pri, fc.oneof(isoStamp, bsdStamp), fc.option(word), fc.option(tag))
  .map(
    ([p, stamp, host, programTag]) =>
      `<${p}>${stamp} ${host === null ? '' : `${host} `}${programTag ?? ''}msg`,
  )
const esxiFile = fc
  .tuple(isoStamp, fc.constantFrom(' info hostd[1] x', ': [vob] x', ' ', ''), fc.option(tag))
  .map(([stamp, rest, programTag]) => `${stamp}${programTag === null ? rest : ` ${programTag}x`}`)
const esxi8File = fc
  .tuple(
    isoStamp,
    fc.constantFrom('In', 'Db', 'Wa', 'Xx'),
    pri,
    fc.constantFrom('', '+'),
    fc.option(tag),
  )
  .map(
    ([stamp, level, value, marker, programTag]) =>
      `${stamp} ${level}(${value})${marker} ${programTag ?? 'vmx - '}x`,
  )
/** A generated header, then perhaps cut short or with one character changed. */
const headerLine = fc
  .tuple(
    fc.oneof(rfc5424, rfc3164, esxiFile, esxi8File),
    fc.nat(),
    fc.constantFrom('keep', 'cut', 'replace'),
    fc.string({ minLength: 1, maxLength: 1 }),
  )
  .map(([line, at, edit, char]) => {
    const position = at % (line.length + 1)
    if (edit === 'cut') return line.slice(0, position)
    if (edit === 'replace') return line.slice(0, position) + char + line.slice(position + 1)
    return line
  })
const anyLine = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  pieceSoup,
  headerLine,
  fc.tuple(pieceSoup, fc.string()).map(([head, tail]) => head + tail),
)
const anyOptions = fc.record({
  enabled: fc.boolean(),
  timezone: fc.constantFrom(
    'UTC',
    'Europe/Paris',
    'America/St_Johns',
    'Pacific/Kiritimati',
    'Nowhere/Else',
  ),
  now: fc.date(),
})

describe('frame', () => {
  it('leaves every line bare when framing is disabled', () => {
    const line = '<13>Apr 18 07:14:36 esx01 sshd[1]: hello'
    expect(frame(line, { ...options, enabled: false })).toEqual({
      kind: 'bare',
      message: line,
      messageStart: 0,
      fields: {},
      header: { start: 0, end: 0, parts: [] },
    })
  })

  it.each([
    '',
    'Unlocked esx.conf',
    '  info fdm[7599763] [Originator@6876 sub=Invt] x',
    '<io_obj p:0x000000f7c12bd0a8, h:23>',
    '2023 was a year',
    '12:00:01 something',
  ])('leaves %j bare without a diagnostic', (line) => {
    const framed = frame(line, options)
    expect(framed.kind).toBe('bare')
    expect(framed.message).toBe(line)
    expect(framed.diagnostic).toBeUndefined()
  })

  it('never throws and never loses a character (properties)', () => {
    fc.assert(
      fc.property(anyLine, anyOptions, (line, lineOptions) => {
        expectConsistent(line, frame(line, lineOptions))
      }),
      { numRuns: 12_000 },
    )
  })

  it('frames some of the generated header-like lines (the property reaches past the bare path)', () => {
    const kinds = new Set<string>()
    fc.assert(
      fc.property(headerLine, (line) => {
        kinds.add(frame(line, options).kind)
      }),
      { numRuns: 2_000, seed: 8 },
    )
    expect([...kinds].sort()).toEqual(['bare', 'esxi-file', 'esxi8-file', 'rfc3164', 'rfc5424'])
  })
})

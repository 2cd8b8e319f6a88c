import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSplitter, type SplitLine } from './lineSplitter'

const bytes = (text: string) => new TextEncoder().encode(text)

/** Splits `data` fed in chunks cut at `cuts` (byte positions). */
function split(data: Uint8Array, cuts: readonly number[], maxLineBytes?: number): SplitLine[] {
  const splitter = new LineSplitter(maxLineBytes)
  const bounds = [...new Set([0, ...cuts.filter((cut) => cut < data.length), data.length])].sort(
    (a, b) => a - b,
  )
  const lines: SplitLine[] = []
  for (let at = 1; at < bounds.length; at++) {
    lines.push(...splitter.push(data.subarray(bounds[at - 1], bounds[at])))
  }
  return [...lines, ...splitter.finish()]
}

describe('LineSplitter', () => {
  it('splits on LF and CRLF, keeps a last line without newline, numbers lines from 0', () => {
    const lines = split(bytes('a\r\nbb\nccc'), [])
    expect(lines.map((line) => line.text)).toEqual(['a', 'bb', 'ccc'])
    expect(lines.map((line) => [line.index, line.start, line.end])).toEqual([
      [0, 0, 1],
      [1, 3, 5],
      [2, 6, 9],
    ])
  })

  it('gives no extra line after a final newline, and keeps empty lines', () => {
    expect(split(bytes('a\n\nb\n'), []).map((line) => line.text)).toEqual(['a', '', 'b'])
  })

  it('joins a line, a CRLF or a multi-byte character cut between chunks', () => {
    const data = bytes('héllo\r\nwörld\r\n')
    for (let cut = 1; cut < data.length; cut++) {
      const lines = split(data, [cut])
      expect(lines.map((line) => line.text)).toEqual(['héllo', 'wörld'])
      expect(lines.map((line) => [line.start, line.end])).toEqual([
        [0, 6],
        [8, 14],
      ])
    }
  })

  it('skips a byte order mark and counts offsets past it', () => {
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('x\ny')])
    expect(split(data, [])).toMatchObject([
      { text: 'x', start: 3, end: 4 },
      { text: 'y', start: 5, end: 6 },
    ])
  })

  it('keeps only the head of a line longer than the bound, with its true extent', () => {
    const long = 'x'.repeat(25)
    const lines = split(bytes(`ok\r\n${long}\r\nnext`), [7, 13], 10)
    expect(lines).toEqual([
      { index: 0, text: 'ok', start: 0, end: 2, tooLong: false },
      { index: 1, text: 'x'.repeat(10), start: 4, end: 29, tooLong: true },
      { index: 2, text: 'next', start: 31, end: 35, tooLong: false },
    ])
  })

  it('accepts a line of exactly the bound', () => {
    expect(split(bytes('0123456789\r\n'), [], 10)).toEqual([
      { index: 0, text: '0123456789', start: 0, end: 10, tooLong: false },
    ])
  })

  it('reads back every line at its offsets, however the stream is cut', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'é', '€', ' ', '\r', '😀'), maxLength: 12 })
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(120), { maxLength: 6 }),
        (texts, newline, cuts) => {
          const data = bytes(texts.map((text) => text + newline).join(''))
          const lines = split(data, cuts)
          const decoder = new TextDecoder()
          expect(lines.map((got) => got.text)).toEqual(
            texts.map((text) => (newline === '\r\n' ? text : text.replace(/\r$/, ''))),
          )
          for (const got of lines) {
            expect(decoder.decode(data.subarray(got.start, got.end))).toBe(got.text)
          }
        },
      ),
    )
  })

  it('gives what splitting the whole file at once gives, for any bytes, cuts and bound', () => {
    // ASCII, CR, LF, a two-byte character and bytes that are no UTF-8: chunks whose text lines up
    // with their bytes and chunks that do not, lines cut anywhere, and heads of long lines.
    const byte = fc.constantFrom(0x61, 0x0a, 0x0d, 0xc3, 0xa9, 0xff)
    fc.assert(
      fc.property(
        fc
          .uint8Array({ maxLength: 40 })
          .chain((shape) =>
            fc.tuple(
              fc.array(byte, { minLength: shape.length, maxLength: shape.length }),
              fc.array(fc.nat(40), { maxLength: 6 }),
              fc.integer({ min: 1, max: 12 }),
            ),
          ),
        ([values, cuts, bound]) => {
          const data = Uint8Array.from(values)
          const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
          const expected: SplitLine[] = []
          let start = 0
          for (let at = 0; at <= data.length; at++) {
            if (at < data.length && data[at] !== 0x0a) continue
            if (at === data.length && start === data.length) break
            const end = at > start && data[at - 1] === 0x0d && at < data.length ? at - 1 : at
            const kept = Math.min(end - start, bound)
            const text = decoder.decode(data.subarray(start, start + kept))
            const tooLong = end - start > bound
            expected.push({ index: expected.length, text, start, end, tooLong })
            start = at + 1
          }
          expect(split(data, cuts, bound)).toEqual(expected)
        },
      ),
    )
  })
})

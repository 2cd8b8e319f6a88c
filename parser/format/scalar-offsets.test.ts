import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, parseDocument, Scalar, stringify } from 'yaml'
import { type ScalarStyle, scalarOffsets } from './scalar-offsets'

const STYLES: ScalarStyle[] = [
  'PLAIN',
  'QUOTE_SINGLE',
  'QUOTE_DOUBLE',
  'BLOCK_LITERAL',
  'BLOCK_FOLDED',
]

/** Reads back `key: <scalar>` and maps every character of the value into the text. */
function read(text: string): { value: string; offsets: number[]; style: ScalarStyle } | null {
  const document = parseDocument(text)
  const root = document.contents
  const node = isMap(root) ? root.items[0]?.value : null
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return null
  const style = STYLES.find((candidate) => candidate === node.type) ?? 'PLAIN'
  return {
    value: node.value,
    offsets: scalarOffsets(text, style, node.range[0], node.range[1]),
    style,
  }
}

function mapped(text: string): { value: string; offsets: number[]; style: ScalarStyle } {
  const scalar = read(text)
  if (!scalar) throw new Error(`no string scalar in ${text}`)
  return scalar
}

/** A character of the value maps onto itself, or onto the backslash of the escape that wrote it. */
function pointsAtItself(
  text: string,
  value: string,
  offsets: number[],
  style: ScalarStyle,
): boolean {
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? ''
    const at = text[offsets[i] ?? -1]
    if (/\s/.test(char)) continue
    if (at !== char && !(style === 'QUOTE_DOUBLE' && at === '\\')) return false
  }
  return true
}

describe('scalarOffsets', () => {
  it('maps a plain scalar one to one', () => {
    const text = 'k: a %{WORD:w} b\n'
    const { value, offsets } = mapped(text)
    expect(offsets[value.indexOf('%')]).toBe(text.indexOf('%'))
  })

  it("skips the doubled quote of a single-quoted scalar ('')", () => {
    const text = "k: 'it''s %{X}'\n"
    const { value, offsets } = mapped(text)
    expect(value).toBe("it's %{X}")
    expect(offsets[value.indexOf('%')]).toBe(text.indexOf('%'))
  })

  it('counts an escape of a double-quoted scalar as one character', () => {
    const text = 'k: "\\t\\x41\\u00e9 {{ x }"\n'
    const { value, offsets } = mapped(text)
    expect(value).toBe('\tAé {{ x }')
    expect(offsets[value.indexOf('{')]).toBe(text.indexOf('{'))
  })

  it('follows a literal block scalar line by line, under its indentation', () => {
    const text = 'k: |\n  {% if x %}\n    a\n  {% endif %}\n'
    const { value, offsets } = mapped(text)
    expect(offsets[value.indexOf('a')]).toBe(text.indexOf('a'))
    expect(offsets[value.lastIndexOf('{')]).toBe(text.lastIndexOf('{'))
  })

  it('follows a folded block scalar across folded lines and paragraphs', () => {
    const text = 'k: >-\n  one\n  two\n\n  three\n'
    const { value, offsets } = mapped(text)
    expect(value).toBe('one two\nthree')
    expect(offsets[value.indexOf('t')]).toBe(text.indexOf('two'))
    expect(offsets[value.indexOf('h')]).toBe(text.indexOf('hree'))
  })

  it('follows a multi-line plain scalar', () => {
    const text = 'k: one\n   two\n\n   three\n'
    const { value, offsets } = mapped(text)
    expect(value).toBe('one two\nthree')
    expect(offsets[value.indexOf('h')]).toBe(text.indexOf('hree'))
  })

  it('maps every character of any string written in any style onto itself', () => {
    const printable = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '{', '%', "'", '"', '\\', '\n', 'é', '#', ':'),
      maxLength: 60,
    })
    fc.assert(
      fc.property(printable, fc.constantFrom(...STYLES), (value, type) => {
        const node = new Scalar(value)
        node.type = type
        const text = stringify({ k: node }, { lineWidth: 20, minContentWidth: 5 })
        const scalar = read(text)
        // The yaml library writes some strings as something else (`:\na` as a mapping).
        fc.pre(scalar !== null)
        expect(pointsAtItself(text, scalar.value, scalar.offsets, scalar.style)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})

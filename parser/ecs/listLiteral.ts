// Reading an array field's string as the list it spells: a Python literal ("['end']", what Jinja2 renders
// for a list) or JSON ('["session"]'). Anything else is not a list and the caller wraps the string instead.
import type { Value } from '../types'
import { integerToValue, parsePythonFloat, parsePythonInt } from './numbers'

class NotALiteral extends Error {}

const SPACE = /[ \t\n\r\f\v]/
const DEC = '\\d(?:_?\\d)*'
const NUMBER = new RegExp(
  `^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:${DEC}\\.(?:${DEC})?|\\.${DEC}|${DEC})(?:[eE][+-]?${DEC})?)`,
)
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}
const PYTHON_CONSTANTS: readonly (readonly [string, Value])[] = [
  ['True', true],
  ['False', false],
  ['None', null],
]
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 }

/** A reader over Python's literal syntax, restricted to what lists of scalars need (strings, numbers, True/False/None, nested lists and tuples). */
class PythonLiteralReader {
  private pos = 0
  constructor(private readonly text: string) {}

  readTop(): Value {
    const value = this.readValue()
    this.skipSpace()
    if (this.pos !== this.text.length) throw new NotALiteral()
    return value
  }

  private skipSpace(): void {
    while (SPACE.test(this.text[this.pos] ?? '')) this.pos++
  }

  private readValue(): Value {
    this.skipSpace()
    const char = this.text[this.pos]
    if (char === '[') return this.readSequence(']').items
    if (char === '(') return this.readParenthesised()
    if (char === "'" || char === '"') return this.readStrings()
    if (char === '-' || char === '+') {
      this.pos++
      this.skipSpace()
      const magnitude = this.readNumber()
      return char === '-' ? -magnitude : magnitude
    }
    for (const [word, value] of PYTHON_CONSTANTS) {
      if (
        this.text.startsWith(word, this.pos) &&
        !/\w/.test(this.text[this.pos + word.length] ?? '')
      ) {
        this.pos += word.length
        return value
      }
    }
    return this.readNumber()
  }

  /** '(x)' is just x; '()', '(x,)' and '(x, y)' are tuples, which JSON and our values know as lists. */
  private readParenthesised(): Value {
    const { items, comma } = this.readSequence(')')
    const [only] = items
    return items.length === 1 && !comma && only !== undefined ? only : items
  }

  private readSequence(close: string): { items: Value[]; comma: boolean } {
    this.pos++
    const items: Value[] = []
    let comma = false
    for (;;) {
      this.skipSpace()
      if (this.text[this.pos] === close) {
        this.pos++
        return { items, comma }
      }
      items.push(this.readValue())
      this.skipSpace()
      comma = this.text[this.pos] === ','
      if (comma) this.pos++
      else if (this.text[this.pos] !== close) throw new NotALiteral()
    }
  }

  /** Adjacent string literals concatenate, as in Python source. */
  private readStrings(): string {
    let result = this.readString()
    for (;;) {
      const save = this.pos
      this.skipSpace()
      const char = this.text[this.pos]
      if (char !== "'" && char !== '"') {
        this.pos = save
        return result
      }
      result += this.readString()
    }
  }

  private readString(): string {
    const quote = this.text[this.pos]
    this.pos++
    let result = ''
    for (;;) {
      const char = this.text[this.pos]
      if (char === undefined || char === '\n') throw new NotALiteral()
      this.pos++
      if (char === quote) return result
      if (char !== '\\') {
        result += char
        continue
      }
      result += this.readEscape()
    }
  }

  private readEscape(): string {
    const char = this.text[this.pos]
    if (char === undefined) throw new NotALiteral()
    this.pos++
    const simple = SIMPLE_ESCAPES[char]
    if (simple !== undefined) return simple
    const hexLength = HEX_ESCAPE_LENGTHS[char]
    if (hexLength !== undefined) {
      const digits = this.text.slice(this.pos, this.pos + hexLength)
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(digits)) throw new NotALiteral()
      this.pos += hexLength
      const code = Number.parseInt(digits, 16)
      if (code > 0x10ffff) throw new NotALiteral()
      return String.fromCodePoint(code)
    }
    if (/[0-7]/.test(char)) {
      const octal = /^[0-7]{0,2}/.exec(this.text.slice(this.pos))?.[0] ?? ''
      this.pos += octal.length
      return String.fromCodePoint(Number.parseInt(char + octal, 8))
    }
    // \N{NAME} needs Unicode's name table; everything else unknown stays as written, as Python keeps it.
    if (char === 'N') throw new NotALiteral()
    return `\\${char}`
  }

  private readNumber(): number {
    const match = NUMBER.exec(this.text.slice(this.pos))
    if (match === null || match[0] === '') throw new NotALiteral()
    const source = match[0]
    this.pos += source.length
    if (/\w/.test(this.text[this.pos] ?? '')) throw new NotALiteral()
    if (/^0[xXoObB]/.test(source)) return Number(source.replaceAll('_', ''))
    const integer = parsePythonInt(source)
    // Python source forbids '007' (only int() accepts it); '0' and '00' are fine.
    if (integer !== undefined) {
      if (/^0+[1-9]/.test(source.replaceAll('_', ''))) throw new NotALiteral()
      return integerToValue(integer)
    }
    const float = parsePythonFloat(source)
    if (float === undefined) throw new NotALiteral()
    return float
  }
}

function readPythonLiteral(text: string): Value | undefined {
  try {
    return new PythonLiteralReader(text).readTop()
  } catch (error) {
    if (error instanceof NotALiteral) return undefined
    throw error
  }
}

function readJson(text: string): Value | undefined {
  try {
    const value: Value = JSON.parse(text)
    return value
  } catch {
    return undefined
  }
}

/** The list `text` spells as a Python literal or as JSON, else undefined. A tuple is not a list. */
export function readListLiteral(text: string): Value[] | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  const python = readPythonLiteral(trimmed)
  if (Array.isArray(python)) return python
  const json = readJson(trimmed)
  return Array.isArray(json) ? json : undefined
}

// Python's ast.literal_eval for the values a template may render: str, int, float, True/False/None,
// lists, tuples (read as lists) and dicts with str keys. Sets, bytes, complex numbers and dicts with other
// keys are literals Python accepts but a Value cannot hold: they read as not-a-literal here.
import type { Value } from '../types'
import { decodeEscapes } from './escapes'

type Literal = { ok: true; value: Value } | { ok: false }

class NotLiteral extends Error {}

const NUMBER =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy
const STRING_START = /([rRuUbBfF]{0,2})('''|"""|'|")/y
const SPACE = /(?:[ \t\f]|\\\r?\n|#[^\r\n]*)+/y

interface Token {
  kind: 'number' | 'string' | 'name' | 'op' | 'newline'
  text: string
  value?: Value
  bytes?: boolean
}

function readString(
  src: string,
  pos: number,
  prefix: string,
  quote: string,
): { token: Token; end: number } {
  const raw = /r/i.test(prefix)
  if (/f/i.test(prefix)) throw new NotLiteral()
  let i = pos
  for (;;) {
    if (i >= src.length) throw new NotLiteral()
    const ch = src[i] as string
    if (ch === '\\') i += 2
    else if (src.startsWith(quote, i)) break
    else if ((ch === '\n' || ch === '\r') && quote.length === 1) throw new NotLiteral()
    else i++
  }
  const body = src.slice(pos, i)
  let text: string
  try {
    text = raw ? body : decodeEscapes(body, 'python')
  } catch {
    throw new NotLiteral()
  }
  return {
    token: { kind: 'string', text: body, value: text, bytes: /b/i.test(prefix) },
    end: i + quote.length,
  }
}

function numberValue(text: string): Value {
  const clean = text.replace(/_/g, '')
  if (/[jJ]$/.test(clean)) throw new NotLiteral()
  if (/^0[xXoObB]/.test(clean)) return Number(BigInt(clean))
  if (/^\d+$/.test(clean)) {
    // Python rejects leading zeros in a decimal integer ("012") but accepts "00".
    if (/^0+[1-9]/.test(clean)) throw new NotLiteral()
    return Number(BigInt(clean))
  }
  return Number.parseFloat(clean)
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  let depth = 0
  while (pos < src.length) {
    SPACE.lastIndex = pos
    const space = SPACE.exec(src)
    if (space) {
      pos += space[0].length
      continue
    }
    const ch = src[pos] as string
    if (ch === '\n' || ch === '\r') {
      if (depth === 0) tokens.push({ kind: 'newline', text: ch })
      pos++
      continue
    }
    STRING_START.lastIndex = pos
    const str = STRING_START.exec(src)
    if (str && /^(?:[rRuUbBfF]|[bB][rR]|[rR][bB])?$/.test(str[1] ?? '')) {
      const { token, end } = readString(src, pos + str[0].length, str[1] ?? '', str[2] ?? "'")
      tokens.push(token)
      pos = end
      continue
    }
    NUMBER.lastIndex = pos
    const num = /[\d.]/.test(ch) ? NUMBER.exec(src) : null
    if (num && num[0] !== '.') {
      NAME.lastIndex = pos + num[0].length
      if (NAME.test(src)) throw new NotLiteral()
      tokens.push({ kind: 'number', text: num[0], value: numberValue(num[0]) })
      pos += num[0].length
      continue
    }
    NAME.lastIndex = pos
    const name = NAME.exec(src)
    if (name) {
      tokens.push({ kind: 'name', text: name[0] })
      pos += name[0].length
      continue
    }
    if (!'()[]{},:+-'.includes(ch)) throw new NotLiteral()
    if ('([{'.includes(ch)) depth++
    if (')]}'.includes(ch)) depth--
    tokens.push({ kind: 'op', text: ch })
    pos++
  }
  return tokens
}

class LiteralParser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i]
  }

  private isOp(text: string): boolean {
    const t = this.peek()
    return t?.kind === 'op' && t.text === text
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) throw new NotLiteral()
    this.i++
  }

  parseTop(): Value {
    while (this.peek()?.kind === 'newline') this.i++
    const { items, comma } = this.parseItems(null)
    while (this.peek()?.kind === 'newline') this.i++
    if (this.i < this.tokens.length || items.length === 0) throw new NotLiteral()
    return comma ? items : (items[0] as Value)
  }

  /** Comma-separated values up to `close` (the end of input at top level), trailing comma allowed. */
  private parseItems(close: string | null): { items: Value[]; comma: boolean } {
    const items: Value[] = []
    let comma = false
    const atEnd = (): boolean =>
      close ? this.isOp(close) : this.peek() === undefined || this.peek()?.kind === 'newline'
    while (!atEnd()) {
      items.push(this.parseValue())
      if (!this.isOp(',')) break
      this.i++
      comma = true
    }
    return { items, comma }
  }

  /** The operand of a sign: a number, possibly parenthesised (Python accepts -(1) but not --1 or -True). */
  private parseNumberOperand(): number {
    const t = this.peek()
    if (t?.kind === 'number') {
      this.i++
      return t.value as number
    }
    this.expectOp('(')
    const v = this.parseNumberOperand()
    this.expectOp(')')
    return v
  }

  private parseValue(): Value {
    const t = this.peek()
    if (!t) throw new NotLiteral()
    this.i++
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      const operand = this.parseNumberOperand()
      return t.text === '-' ? -operand : operand
    }
    if (t.kind === 'number') return t.value as Value
    if (t.kind === 'string') {
      let text = t.value as string
      while (this.peek()?.kind === 'string') {
        const next = this.tokens[this.i++] as Token
        if (next.bytes !== t.bytes) throw new NotLiteral()
        text += next.value as string
      }
      if (t.bytes) throw new NotLiteral()
      return text
    }
    if (t.kind === 'name') {
      if (t.text === 'True') return true
      if (t.text === 'False') return false
      if (t.text === 'None') return null
      throw new NotLiteral()
    }
    if (t.text === '(') {
      const { items, comma } = this.parseItems(')')
      this.expectOp(')')
      return comma || items.length === 0 ? items : (items[0] as Value)
    }
    if (t.text === '[') {
      const { items } = this.parseItems(']')
      this.expectOp(']')
      return items
    }
    if (t.text === '{') return this.parseDict()
    throw new NotLiteral()
  }

  private parseDict(): Value {
    const entries: [string, Value][] = []
    while (!this.isOp('}')) {
      const key = this.parseValue()
      if (typeof key !== 'string') throw new NotLiteral()
      this.expectOp(':')
      entries.push([key, this.parseValue()])
      if (!this.isOp(',')) break
      this.i++
    }
    this.expectOp('}')
    return Object.fromEntries(entries)
  }
}

/** ast.literal_eval(text) for the values a Value can hold; surrounding whitespace is fine. */
export function parsePythonLiteral(text: string): Literal {
  try {
    return { ok: true, value: new LiteralParser(tokenize(text)).parseTop() }
  } catch (e) {
    if (e instanceof NotLiteral) return { ok: false }
    throw e
  }
}

// Jinja2's lexer with its default delimiters: data, `{{ }}`, `{% %}`, `{# #}`, `{% raw %}`, whitespace
// control with `-` (and `+`, a no-op without lstrip_blocks), bracket balancing inside tags, and the
// newline rules (every newline becomes \n; one trailing newline of the template is dropped).
import { normInt } from './convert'
import { TemplateSyntaxError } from './errors'
import { decodeEscapes } from './escapes'
import { normalizeNewlines, PY_SPACE, pyRstrip, spaceRunLength } from './text'
import { PyFloat, type PyValue } from './values'

export type TokenType =
  | 'data'
  | 'variable_begin'
  | 'variable_end'
  | 'block_begin'
  | 'block_end'
  | 'name'
  | 'string'
  | 'integer'
  | 'float'
  | 'op'
  | 'eof'

export interface Token {
  type: TokenType
  /** Source text for names and operators; decoded text for data. */
  value: string
  /** Offset of the token in the template source. */
  start: number
  /** The literal's value, for string, integer and float tokens. */
  literal?: PyValue
}

const TAG_START = /\{([{%#])/g
const S = `[${PY_SPACE}]*`
const RAW_BEGIN = new RegExp(`\\{%([-+]?)${S}raw${S}(?:-%\\}${S}|%\\})`, 'y')
const RAW_END = new RegExp(`\\{%([-+]?)${S}endraw${S}(?:\\+%\\}|-%\\}${S}|%\\})`, 'g')
const COMMENT_END = new RegExp(`\\+#\\}|-#\\}${S}|#\\}`, 'g')
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?e[+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/iy
const INTEGER = /0b(?:_?[01])+|0o(?:_?[0-7])+|0x(?:_?[\da-f])+|[1-9](?:_?\d)*|0(?:_?0)*/iy
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy
const OPERATOR = /\/\/|\*\*|==|!=|>=|<=|[-+/*%~[\](){}><=.:|,;]/y
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

function sticky(re: RegExp, src: string, pos: number): string | null {
  re.lastIndex = pos
  const m = re.exec(src)
  return m ? m[0] : null
}

/** Jinja2 drops one trailing newline (keep_trailing_newline is off), whatever its style. */
function withoutTrailingNewline(source: string): string {
  if (source.endsWith('\r\n')) return source.slice(0, -2)
  return /[\r\n]$/.test(source) ? source.slice(0, -1) : source
}

export function tokenize(template: string): Token[] {
  const src = withoutTrailingNewline(template)
  const tokens: Token[] = []
  const fail = (message: string, offset: number): never => {
    throw new TemplateSyntaxError(message, offset, template)
  }
  const pushData = (text: string, start: number): void => {
    if (text) tokens.push({ type: 'data', value: normalizeNewlines(text), start })
  }

  let pos = 0
  while (pos < src.length) {
    TAG_START.lastIndex = pos
    const m = TAG_START.exec(src)
    if (!m) {
      pushData(src.slice(pos), pos)
      break
    }
    const at = m.index
    const kind = m[1]
    const sign = src[at + 2] === '-' || src[at + 2] === '+' ? (src[at + 2] as string) : ''
    const raw = kind === '%' ? sticky(RAW_BEGIN, src, at) : null
    pushData(sign === '-' ? pyRstrip(src.slice(pos, at)) : src.slice(pos, at), pos)

    if (raw !== null) {
      RAW_END.lastIndex = at + raw.length
      const end = RAW_END.exec(src)
      // Jinja2 only notices a missing end when some text follows the opening tag.
      if (!end && at + raw.length === src.length) break
      if (!end) return fail('Missing end of raw directive', at)
      const body = src.slice(at + raw.length, end.index)
      pushData(end[1] === '-' ? pyRstrip(body) : body, at + raw.length)
      pos = end.index + end[0].length
    } else if (kind === '#') {
      COMMENT_END.lastIndex = at + 2 + sign.length
      const end = COMMENT_END.exec(src)
      if (!end && at + 2 + sign.length === src.length) break
      if (!end) return fail('Missing end of comment tag', at)
      pos = end.index + end[0].length
    } else {
      pos = lexTag(src, at, kind === '{' ? 'variable' : 'block', sign.length, tokens, fail)
    }
  }
  tokens.push({ type: 'eof', value: '', start: src.length })
  return tokens
}

function lexTag(
  src: string,
  at: number,
  kind: 'variable' | 'block',
  signLength: number,
  tokens: Token[],
  fail: (message: string, offset: number) => never,
): number {
  tokens.push({ type: `${kind}_begin`, value: src.slice(at, at + 2), start: at })
  const balance: string[] = []
  let pos = at + 2 + signLength
  for (;;) {
    if (pos >= src.length) {
      const end = kind === 'variable' ? 'end of print statement' : 'end of statement block'
      return fail(`unexpected end of template, expected '${end}'.`, at)
    }
    if (balance.length === 0) {
      const end =
        kind === 'variable' ? sticky(/-\}\}|\}\}/y, src, pos) : sticky(/[-+]%\}|%\}/y, src, pos)
      if (end !== null) {
        tokens.push({ type: `${kind}_end`, value: end, start: pos })
        pos += end.length
        return end.startsWith('-') ? pos + spaceRunLength(src, pos) : pos
      }
    }
    const space = spaceRunLength(src, pos)
    if (space > 0) {
      pos += space
      continue
    }
    const token = lexToken(src, pos)
    if (!token) return fail(`unexpected char ${JSON.stringify(src[pos])} at ${pos}`, pos)
    if (token.type === 'op') {
      const v = token.value
      if (CLOSER[v]) balance.push(CLOSER[v] as string)
      else if (v === ')' || v === ']' || v === '}') {
        const expected = balance.pop()
        if (expected === undefined) return fail(`unexpected '${v}'`, pos)
        if (expected !== v) return fail(`unexpected '${v}', expected '${expected}'`, pos)
      }
    }
    tokens.push(token)
    pos += token.value.length
  }
}

/** The token at `pos` of a tag; a float may not follow a dot (so `x.0.1` is x[0][1]). */
function lexToken(src: string, pos: number): Token | null {
  const float = src[pos - 1] === '.' ? null : sticky(FLOAT, src, pos)
  if (float !== null) {
    const literal = new PyFloat(Number.parseFloat(float.replace(/_/g, '')))
    return { type: 'float', value: float, start: pos, literal }
  }
  const integer = sticky(INTEGER, src, pos)
  if (integer !== null) {
    const literal = normInt(BigInt(integer.replace(/_/g, '')))
    return { type: 'integer', value: integer, start: pos, literal }
  }
  const name = sticky(NAME, src, pos)
  if (name !== null) return { type: 'name', value: name, start: pos }
  STRING.lastIndex = pos
  const str = STRING.exec(src)
  if (str) {
    const body = normalizeNewlines(str[1] ?? str[2] ?? '')
    let literal: string
    try {
      literal = decodeEscapes(body, 'jinja')
    } catch (e) {
      throw new TemplateSyntaxError(e instanceof Error ? e.message : String(e), pos, src)
    }
    return { type: 'string', value: str[0], start: pos, literal }
  }
  const op = sticky(OPERATOR, src, pos)
  if (op !== null) return { type: 'op', value: op, start: pos }
  return null
}

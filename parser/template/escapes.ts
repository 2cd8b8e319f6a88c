// Backslash escapes of Python string literals. Jinja2 decodes its literals with Python's "unicode-escape"
// codec after backslash-replacing non-ASCII text, which differs from Python source in one corner (see below).

export type EscapeMode = 'jinja' | 'python'

const SIMPLE: Record<string, string> = {
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

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }

/** The backslash-replaced form of one non-ASCII character, without its leading backslash. */
function backslashReplaced(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  if (cp <= 0xff) return `x${cp.toString(16).padStart(2, '0')}`
  if (cp <= 0xffff) return `u${cp.toString(16).padStart(4, '0')}`
  return `U${cp.toString(16).padStart(8, '0')}`
}

/** Decode the escapes of a literal's body; throws an Error whose message says what is wrong. */
export function decodeEscapes(body: string, mode: EscapeMode): string {
  if (!body.includes('\\')) return body
  let out = ''
  let i = 0
  while (i < body.length) {
    const c = body[i] as string
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const next = body[i + 1]
    if (next === undefined) throw new Error('\\ at end of string')
    i += 2
    const simple = SIMPLE[next]
    if (simple !== undefined) out += simple
    else if (next === '\n') continue
    else if (next >= '0' && next <= '7') {
      let digits = next
      while (digits.length < 3 && /[0-7]/.test(body[i] ?? '')) digits += body[i++]
      out += String.fromCodePoint(Number.parseInt(digits, 8))
    } else if (HEX_LENGTH[next] !== undefined) {
      const n = HEX_LENGTH[next] as number
      const digits = body.slice(i, i + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits))
        throw new Error(`truncated \\${next}XX escape`)
      const cp = Number.parseInt(digits, 16)
      if (cp > 0x10ffff) throw new Error('illegal Unicode character')
      out += String.fromCodePoint(cp)
      i += n
    } else if (next === 'N') {
      throw new Error('\\N{…} escapes are not supported by this template engine')
    } else if (mode === 'jinja' && next.charCodeAt(0) > 0x7f) {
      // Jinja2 backslash-replaces non-ASCII text before decoding, so "\é" reaches the codec as "\\xe9":
      // an escaped backslash followed by plain "xe9".
      const ch = String.fromCodePoint(body.codePointAt(i - 1) ?? 0)
      out += `\\${backslashReplaced(ch)}`
      i += ch.length - 1
    } else out += `\\${next}`
  }
  return out
}

// Python's view of strings: indices count code points (not UTF-16 units) and "whitespace" is str.isspace().

/** The characters Python's str.isspace() and the regex `\s` accept (JavaScript's `\s` differs: no \x1c-\x1f, \x85; adds \ufeff). */
export const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'y')
const TRAILING_SPACE = new RegExp(`[${PY_SPACE}]+$`)
const ONE_SPACE = new RegExp(`^[${PY_SPACE}]$`)
const SURROGATE = /[\ud800-\udfff]/

export const isPySpace = (ch: string): boolean => ONE_SPACE.test(ch)
export const pyRstrip = (s: string): string => s.replace(TRAILING_SPACE, '')

/** Length of the whitespace run starting at `pos` (0 when none). */
export function spaceRunLength(s: string, pos: number): number {
  SPACE_RUN.lastIndex = pos
  const m = SPACE_RUN.exec(s)
  return m ? m[0].length : 0
}

/** Code points of a string; lone surrogates stay single elements, as in Python. */
export const codePoints = (s: string): string[] => (SURROGATE.test(s) ? Array.from(s) : s.split(''))

export const cpLength = (s: string): number => (SURROGATE.test(s) ? Array.from(s).length : s.length)

/** Code point index of the UTF-16 offset `unit` in `s`. */
export const cpIndex = (s: string, unit: number): number =>
  SURROGATE.test(s) ? Array.from(s.slice(0, unit)).length : unit

/** Python ordering of strings: by code point (JavaScript's `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1
  const x = Array.from(a)
  const y = Array.from(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1
}

/** Jinja2 turns every \r\n, \r and \n of template data and string literals into \n. */
export const normalizeNewlines = (s: string): string => s.replace(/\r\n?/g, '\n')

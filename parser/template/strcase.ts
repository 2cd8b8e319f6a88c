// Python's str case mapping and character classes: lower/upper/title/capitalize/swapcase and is*().
// Character classes follow Unicode categories as JavaScript knows them (a newer Unicode than some Pythons).
import { codePoints, PY_SPACE } from './text'

const CASED_UPPER = /[\p{Lu}\p{Lt}]/u
const CASED_LOWER = /\p{Ll}/u
const DIGIT =
  /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u

/** Python's str.title: a cased character after an uncased one starts a word (so "they're" -> "They'Re"). */
function title(s: string): string {
  let out = ''
  let previousCased = false
  for (const ch of s) {
    const upper = CASED_UPPER.test(ch)
    const lower = CASED_LOWER.test(ch)
    if (upper || lower) out += previousCased ? ch.toLowerCase() : ch.toUpperCase()
    else out += ch
    previousCased = upper || lower
  }
  return out
}

/** Python 3.8+: the first character upper-cased, the rest lower-cased. */
function capitalize(s: string): string {
  const [first = '', ...rest] = codePoints(s)
  return first.toUpperCase() + rest.join('').toLowerCase()
}

function cased(s: string, want: RegExp, avoid: RegExp): boolean {
  let any = false
  for (const ch of s) {
    if (avoid.test(ch)) return false
    if (want.test(ch)) any = true
  }
  return any
}

function isTitle(s: string): boolean {
  let any = false
  let previousCased = false
  for (const ch of s) {
    if (CASED_UPPER.test(ch)) {
      if (previousCased) return false
      previousCased = any = true
    } else if (CASED_LOWER.test(ch)) {
      if (!previousCased) return false
      previousCased = any = true
    } else previousCased = false
  }
  return any
}

const all = (re: RegExp) => (s: string) => s.length > 0 && re.test(s)

const swapcase = (s: string): string =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')

const SPACE = new RegExp(`^[${PY_SPACE}]+$`)

/** The zero-argument str methods, by name. */
export const CASE_METHODS: [string, (s: string) => string | boolean][] = [
  ['lower', (s) => s.toLowerCase()],
  ['upper', (s) => s.toUpperCase()],
  ['casefold', (s) => s.toLowerCase().replace(/ß/g, 'ss')],
  ['swapcase', swapcase],
  ['title', title],
  ['capitalize', capitalize],
  ['isdigit', all(DIGIT)],
  ['isdecimal', all(/^\p{Nd}+$/u)],
  ['isnumeric', all(/^\p{N}+$/u)],
  ['isalpha', all(/^\p{L}+$/u)],
  ['isalnum', all(/^[\p{L}\p{N}]+$/u)],
  ['isspace', all(SPACE)],
  ['isascii', (s) => [...s].every((c) => c.charCodeAt(0) < 0x80)],
  ['islower', (s) => cased(s, CASED_LOWER, CASED_UPPER)],
  ['isupper', (s) => cased(s, /\p{Lu}/u, /[\p{Ll}\p{Lt}]/u)],
  ['istitle', isTitle],
]

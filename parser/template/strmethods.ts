// Python's str methods, bound by name: case, stripping, padding, predicates; searching lives in strsearch.
import { bind, type Signature } from './args'
import { TemplateRuntimeError, typeError } from './errors'
import { iterate } from './protocol'
import {
  affixMatch,
  count,
  find,
  indexOf,
  joinStrings,
  needStr,
  partition,
  split,
  splitLines,
} from './strsearch'
import { codePoints, cpLength, isPySpace, PY_SPACE } from './text'
import type { Kwargs, PyValue } from './values'

type StrMethod = (self: string, args: (PyValue | undefined)[]) => PyValue
interface Entry {
  sig: Signature
  run: StrMethod
}

const CASED_UPPER = /[\p{Lu}\p{Lt}]/u
const CASED_LOWER = /\p{Ll}/u
const DIGIT =
  /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u

/** str.strip/lstrip/rstrip: `chars` None strips Python whitespace, else any of its characters. */
export function stripChars(
  s: string,
  chars: PyValue | undefined,
  left: boolean,
  right: boolean,
): string {
  const set =
    chars === undefined || chars === null ? null : new Set(codePoints(needStr(chars, 'chars')))
  const cps = codePoints(s)
  const strip = (ch: string): boolean => (set ? set.has(ch) : isPySpace(ch))
  let a = 0
  let b = cps.length
  if (left) while (a < b && strip(cps[a] as string)) a++
  if (right) while (b > a && strip(cps[b - 1] as string)) b--
  return cps.slice(a, b).join('')
}

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

function capitalize(s: string): string {
  const [first = '', ...rest] = codePoints(s)
  return first.toUpperCase() + rest.join('').toLowerCase()
}

function width(v: PyValue | undefined): number {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  throw typeError(
    `'${v === undefined ? 'nothing' : typeof v}' object cannot be interpreted as an integer`,
  )
}

function fill(v: PyValue | undefined): string {
  if (v === undefined) return ' '
  const f = needStr(v, 'The fill character')
  if (cpLength(f) !== 1) throw typeError('The fill character must be exactly one character long')
  return f
}

function pad(
  s: string,
  total: number,
  fillChar: string,
  where: 'left' | 'right' | 'center',
): string {
  const margin = total - cpLength(s)
  if (margin <= 0) return s
  // CPython centres with the extra character on the left only when both the margin and the width are odd.
  const left =
    where === 'right'
      ? margin
      : where === 'left'
        ? 0
        : Math.floor(margin / 2) + (margin & total & 1)
  return fillChar.repeat(left) + s + fillChar.repeat(margin - left)
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

const sig = (name: string, params: string[], required = 0, positionalOnly = true): Signature => ({
  name,
  params,
  required,
  positionalOnly,
})

const TABLE = new Map<string, Entry>([
  ['lower', { sig: sig('lower', []), run: (s) => s.toLowerCase() }],
  ['upper', { sig: sig('upper', []), run: (s) => s.toUpperCase() }],
  ['casefold', { sig: sig('casefold', []), run: (s) => s.toLowerCase().replace(/ß/g, 'ss') }],
  [
    'swapcase',
    {
      sig: sig('swapcase', []),
      run: (s) =>
        [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    },
  ],
  ['title', { sig: sig('title', []), run: title }],
  ['capitalize', { sig: sig('capitalize', []), run: capitalize }],
  ['strip', { sig: sig('strip', ['chars']), run: (s, [c]) => stripChars(s, c, true, true) }],
  ['lstrip', { sig: sig('lstrip', ['chars']), run: (s, [c]) => stripChars(s, c, true, false) }],
  ['rstrip', { sig: sig('rstrip', ['chars']), run: (s, [c]) => stripChars(s, c, false, true) }],
  [
    'startswith',
    {
      sig: sig('startswith', ['prefix', 'start', 'end'], 1),
      run: (s, [p, a, b]) => affixMatch(s, p, a, b, false),
    },
  ],
  [
    'endswith',
    {
      sig: sig('endswith', ['suffix', 'start', 'end'], 1),
      run: (s, [p, a, b]) => affixMatch(s, p, a, b, true),
    },
  ],
  [
    'find',
    {
      sig: sig('find', ['sub', 'start', 'end'], 1),
      run: (s, [x, a, b]) => find(s, needStr(x, 'sub'), a, b),
    },
  ],
  [
    'rfind',
    {
      sig: sig('rfind', ['sub', 'start', 'end'], 1),
      run: (s, [x, a, b]) => find(s, needStr(x, 'sub'), a, b, true),
    },
  ],
  [
    'index',
    {
      sig: sig('index', ['sub', 'start', 'end'], 1),
      run: (s, [x, a, b]) => indexOf(s, needStr(x, 'sub'), a, b),
    },
  ],
  [
    'rindex',
    {
      sig: sig('rindex', ['sub', 'start', 'end'], 1),
      run: (s, [x, a, b]) => indexOf(s, needStr(x, 'sub'), a, b, true),
    },
  ],
  [
    'count',
    {
      sig: sig('count', ['sub', 'start', 'end'], 1),
      run: (s, [x, a, b]) => count(s, needStr(x, 'sub'), a, b),
    },
  ],
  [
    'split',
    { sig: sig('split', ['sep', 'maxsplit'], 0, false), run: (s, [x, m]) => split(s, x, m, false) },
  ],
  [
    'rsplit',
    { sig: sig('rsplit', ['sep', 'maxsplit'], 0, false), run: (s, [x, m]) => split(s, x, m, true) },
  ],
  [
    'splitlines',
    {
      sig: sig('splitlines', ['keepends'], 0, false),
      run: (s, [k]) => splitLines(s, k === true || (typeof k === 'number' && k !== 0)),
    },
  ],
  ['partition', { sig: sig('partition', ['sep'], 1), run: (s, [x]) => partition(s, x, false) }],
  ['rpartition', { sig: sig('rpartition', ['sep'], 1), run: (s, [x]) => partition(s, x, true) }],
  [
    'join',
    { sig: sig('join', ['iterable'], 1), run: (s, [x]) => joinStrings(s, iterate(x ?? null)) },
  ],
  ['replace', { sig: sig('replace', ['old', 'new', 'count'], 2), run: replace }],
  [
    'removeprefix',
    {
      sig: sig('removeprefix', ['prefix'], 1),
      run: (s, [p]) => {
        const x = needStr(p, 'prefix')
        return x && s.startsWith(x) ? s.slice(x.length) : s
      },
    },
  ],
  [
    'removesuffix',
    {
      sig: sig('removesuffix', ['suffix'], 1),
      run: (s, [p]) => {
        const x = needStr(p, 'suffix')
        return x && s.endsWith(x) ? s.slice(0, -x.length) : s
      },
    },
  ],
  [
    'center',
    {
      sig: sig('center', ['width', 'fillchar'], 1),
      run: (s, [w, f]) => pad(s, width(w), fill(f), 'center'),
    },
  ],
  [
    'ljust',
    {
      sig: sig('ljust', ['width', 'fillchar'], 1),
      run: (s, [w, f]) => pad(s, width(w), fill(f), 'left'),
    },
  ],
  [
    'rjust',
    {
      sig: sig('rjust', ['width', 'fillchar'], 1),
      run: (s, [w, f]) => pad(s, width(w), fill(f), 'right'),
    },
  ],
  ['zfill', { sig: sig('zfill', ['width'], 1), run: (s, [w]) => zfill(s, width(w)) }],
  ['isdigit', { sig: sig('isdigit', []), run: all(DIGIT) }],
  ['isdecimal', { sig: sig('isdecimal', []), run: all(/^\p{Nd}+$/u) }],
  ['isnumeric', { sig: sig('isnumeric', []), run: all(/^\p{N}+$/u) }],
  ['isalpha', { sig: sig('isalpha', []), run: all(/^\p{L}+$/u) }],
  ['isalnum', { sig: sig('isalnum', []), run: all(/^[\p{L}\p{N}]+$/u) }],
  ['isspace', { sig: sig('isspace', []), run: all(new RegExp(`^[${PY_SPACE}]+$`)) }],
  ['isascii', { sig: sig('isascii', []), run: (s) => [...s].every((c) => c.charCodeAt(0) < 0x80) }],
  ['islower', { sig: sig('islower', []), run: (s) => cased(s, CASED_LOWER, CASED_UPPER) }],
  ['isupper', { sig: sig('isupper', []), run: (s) => cased(s, /\p{Lu}/u, /[\p{Ll}\p{Lt}]/u) }],
  ['istitle', { sig: sig('istitle', []), run: isTitle }],
])

function replace(s: string, [oldArg, newArg, countArg]: (PyValue | undefined)[]): string {
  const old = needStr(oldArg, 'replace() argument 1')
  const replacement = needStr(newArg, 'replace() argument 2')
  let limit = countArg === undefined ? -1 : typeof countArg === 'number' ? countArg : Number.NaN
  if (Number.isNaN(limit)) throw typeError("'count' must be an integer")
  if (limit < 0) limit = Number.POSITIVE_INFINITY
  const pieces = old === '' ? ['', ...codePoints(s), ''] : s.split(old)
  let out = pieces[0] ?? ''
  for (let i = 1; i < pieces.length; i++) out += (i <= limit ? replacement : old) + pieces[i]
  return out
}

function zfill(s: string, total: number): string {
  const margin = total - cpLength(s)
  if (margin <= 0) return s
  const sign = s.startsWith('+') || s.startsWith('-') ? (s[0] as string) : ''
  return sign + '0'.repeat(margin) + s.slice(sign.length)
}

/** Python str methods this engine does not implement: looking them up works, calling them says so. */
const UNSUPPORTED = [
  'encode',
  'expandtabs',
  'format',
  'format_map',
  'isidentifier',
  'isprintable',
  'maketrans',
  'translate',
]

export function hasStrMethod(name: string): boolean {
  return TABLE.has(name) || UNSUPPORTED.includes(name)
}

export function callStrMethod(
  self: string,
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs,
): PyValue {
  const entry = TABLE.get(name)
  if (!entry)
    throw new TemplateRuntimeError(`str.${name}() is not supported by this template engine`)
  return entry.run(self, bind(entry.sig, args, kwargs))
}

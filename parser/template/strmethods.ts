// Python's str methods, bound by name: stripping, padding, replacing here; case and character classes
// in strcase, searching and splitting in strsearch.
import { bind, type Signature } from './args'
import { TemplateRuntimeError, typeError } from './errors'
import { iterate } from './protocol'
import { CASE_METHODS } from './strcase'
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
import { codePoints, cpLength, isPySpace } from './text'
import type { Kwargs, PyValue } from './values'

type StrMethod = (self: string, args: (PyValue | undefined)[]) => PyValue
interface Entry {
  sig: Signature
  run: StrMethod
}

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

const sig = (name: string, params: string[], required = 0, positionalOnly = true): Signature => ({
  name,
  params,
  required,
  positionalOnly,
})

const TABLE = new Map<string, Entry>([
  ...CASE_METHODS.map(([name, run]): [string, Entry] => [name, { sig: sig(name, []), run }]),
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

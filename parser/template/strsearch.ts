// Python str searching and splitting: find/index/count/startswith with start/end, split/rsplit/partition.
import { typeError, valueError } from './errors'
import { needIndex, sliceIndex } from './protocol'
import { codePoints, cpIndex, cpLength, PY_SPACE } from './text'
import { PyTuple, type PyValue, typeName } from './values'

export function needStr(v: PyValue | undefined, what: string): string {
  if (typeof v !== 'string')
    throw typeError(`${what} must be str, not ${v === undefined ? 'nothing' : typeName(v)}`)
  return v
}

/** Python's start/end adjustment for find-like methods over `n` items; null when start lies past the end. */
export function adjustWindow(
  n: number,
  startArg: PyValue | undefined,
  endArg: PyValue | undefined,
): [number, number] | null {
  let start = sliceIndex(startArg) ?? 0
  let end = sliceIndex(endArg) ?? n
  if (end > n) end = n
  else if (end < 0) end = Math.max(0, end + n)
  if (start < 0) start = Math.max(0, start + n)
  return start > n || start > end ? null : [start, end]
}

/** The [start, end) window of `s` Python's find-family searches, in code points. */
function window(
  s: string,
  startArg: PyValue | undefined,
  endArg: PyValue | undefined,
): { text: string; start: number } | null {
  const n = cpLength(s)
  const w = adjustWindow(n, startArg, endArg)
  if (!w) return null
  const [start, end] = w
  const text = n === s.length ? s.slice(start, end) : codePoints(s).slice(start, end).join('')
  return { text, start }
}

export function find(
  s: string,
  sub: string,
  startArg?: PyValue,
  endArg?: PyValue,
  fromRight = false,
): number {
  const w = window(s, startArg, endArg)
  if (!w) return -1
  const at = fromRight ? w.text.lastIndexOf(sub) : w.text.indexOf(sub)
  return at < 0 ? -1 : w.start + cpIndex(w.text, at)
}

export function indexOf(
  s: string,
  sub: string,
  startArg?: PyValue,
  endArg?: PyValue,
  fromRight = false,
): number {
  const at = find(s, sub, startArg, endArg, fromRight)
  if (at < 0) throw valueError('substring not found')
  return at
}

export function count(s: string, sub: string, startArg?: PyValue, endArg?: PyValue): number {
  const w = window(s, startArg, endArg)
  if (!w) return 0
  if (sub === '') return cpLength(w.text) + 1
  return w.text.split(sub).length - 1
}

/** startswith/endswith: the affix may be a str or a tuple of str. */
export function affixMatch(
  s: string,
  affix: PyValue | undefined,
  startArg: PyValue | undefined,
  endArg: PyValue | undefined,
  atEnd: boolean,
): boolean {
  const method = atEnd ? 'endswith' : 'startswith'
  const candidates = affix instanceof PyTuple ? affix.items : [affix]
  const w = window(s, startArg, endArg)
  return candidates.some((c) => {
    if (typeof c !== 'string') {
      throw typeError(
        `${method} first arg must be str or a tuple of str, not ${c === undefined ? 'nothing' : typeName(c)}`,
      )
    }
    if (!w) return false
    return atEnd ? w.text.endsWith(c) : w.text.startsWith(c)
  })
}

function maxSplit(v: PyValue | undefined): number {
  return v === undefined ? -1 : needIndex(v)
}

const SPACE_RUNS = new RegExp(`[^${PY_SPACE}]+`, 'g')

/** str.split / str.rsplit. */
export function split(
  s: string,
  sepArg: PyValue | undefined,
  maxArg: PyValue | undefined,
  fromRight: boolean,
): string[] {
  const max = maxSplit(maxArg)
  if (sepArg === undefined || sepArg === null) return splitWhitespace(s, max, fromRight)
  const sep = needStr(sepArg, 'sep')
  if (sep === '') throw valueError('empty separator')
  const parts = s.split(sep)
  if (max < 0 || parts.length - 1 <= max) return parts
  if (fromRight)
    return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]
  return [...parts.slice(0, max), parts.slice(max).join(sep)]
}

/** Split on runs of whitespace; after `max` splits the rest is kept whole, with its inner whitespace. */
function splitWhitespace(s: string, max: number, fromRight: boolean): string[] {
  const words = [...s.matchAll(SPACE_RUNS)]
  if (max < 0 || words.length <= max) return words.map((m) => m[0])
  if (fromRight) {
    const head = words[words.length - max - 1] as RegExpMatchArray
    const headEnd = (head.index ?? 0) + head[0].length
    return [s.slice(0, headEnd), ...words.slice(words.length - max).map((m) => m[0])]
  }
  const rest = words[max]?.index ?? s.length
  return [...words.slice(0, max).map((m) => m[0]), s.slice(rest)]
}

export function partition(s: string, sepArg: PyValue | undefined, fromRight: boolean): PyTuple {
  const sep = needStr(sepArg, 'sep')
  if (sep === '') throw valueError('empty separator')
  const at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep)
  if (at < 0) return new PyTuple(fromRight ? ['', '', s] : [s, '', ''])
  return new PyTuple([s.slice(0, at), sep, s.slice(at + sep.length)])
}

/** Python's splitlines() boundaries, which include the file, group and record separators. */
const LINE_BREAKS = '\\n\\v\\f\\r\\x1c-\\x1e\\x85\\u2028\\u2029'
const LINE_BREAK = new RegExp(`\\r\\n|[${LINE_BREAKS}]`, 'g')

export function splitLines(s: string, keepEnds: boolean): string[] {
  const lines: string[] = []
  let start = 0
  for (const m of s.matchAll(LINE_BREAK)) {
    const end = m.index ?? 0
    lines.push(s.slice(start, keepEnds ? end + m[0].length : end))
    start = end + m[0].length
  }
  if (start < s.length) lines.push(s.slice(start))
  return lines
}

export function joinStrings(sep: string, items: readonly PyValue[]): string {
  return items
    .map((item, i) => {
      if (typeof item !== 'string') {
        throw typeError(`sequence item ${i}: expected str instance, ${typeName(item)} found`)
      }
      return item
    })
    .join(sep)
}

// Case-insensitive matching (`(?i)`) the way RE2 does it: every character also matches the
// characters of its simple case-folding orbit (k, K and the Kelvin sign K are one orbit).

import { type CharSet, normalize } from './charset'

// Case pairs exist only below this code point (the last cased script, Adlam, ends at U+1E94B).
const CASED_LIMIT = 0x1f000

interface FoldTable {
  /** Every code point that has at least one case variant, ascending. */
  cased: number[]
  /** The whole orbit (itself included) of each cased code point. */
  orbit: Map<number, readonly number[]>
}

let table: FoldTable | null = null

function single(text: string): number | null {
  const codePoint = text.codePointAt(0)
  if (codePoint === undefined) return null
  return text.length === (codePoint > 0xffff ? 2 : 1) ? codePoint : null
}

/**
 * JavaScript's `iu` matching canonicalizes with Unicode simple case folding, the same relation as
 * RE2's; lower/upper-casing only proposes candidates, the `iu` test decides.
 */
function foldsTogether(a: number, b: number): boolean {
  return new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(String.fromCodePoint(b))
}

function buildTable(): FoldTable {
  const parent = new Map<number, number>()
  const find = (x: number): number => {
    let root = x
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number
    return root
  }
  const join = (a: number, b: number) => {
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra, rb)
  }
  for (let codePoint = 0; codePoint < CASED_LIMIT; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
    const text = String.fromCodePoint(codePoint)
    const lower = text.toLowerCase()
    const upper = text.toUpperCase()
    if (lower === text && upper === text) continue
    for (const candidate of [lower, upper, upper.toLowerCase(), lower.toUpperCase()]) {
      const other = single(candidate)
      if (other !== null && other !== codePoint && foldsTogether(codePoint, other)) {
        join(codePoint, other)
      }
    }
  }
  const members = new Map<number, number[]>()
  for (const codePoint of parent.keys()) {
    const root = find(codePoint)
    const list = members.get(root) ?? []
    list.push(codePoint)
    members.set(root, list)
  }
  const orbit = new Map<number, readonly number[]>()
  for (const list of members.values()) {
    list.sort((a, b) => a - b)
    for (const codePoint of list) orbit.set(codePoint, list)
  }
  return { cased: [...orbit.keys()].sort((a, b) => a - b), orbit }
}

function foldTable(): FoldTable {
  table ??= buildTable()
  return table
}

/** The set plus every case variant of its members. */
export function foldCase(set: CharSet): CharSet {
  const { cased, orbit } = foldTable()
  const extra: number[] = []
  for (let i = 0; i < set.length; i += 2) {
    const lo = set[i] as number
    const hi = set[i + 1] as number
    let low = 0
    let high = cased.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cased[middle] as number) < lo) low = middle + 1
      else high = middle
    }
    for (let k = low; k < cased.length && (cased[k] as number) <= hi; k++) {
      for (const variant of orbit.get(cased[k] as number) ?? []) extra.push(variant, variant)
    }
  }
  return extra.length === 0 ? set : normalize([...set, ...extra])
}

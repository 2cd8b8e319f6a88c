// Sets of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges
// [lo0, hi0, lo1, hi1, ...]. Every class of the regex flavour ends up as one of these.

export type CharSet = readonly number[]

export const MAX_CODE_POINT = 0x10ffff

export const EMPTY_SET: CharSet = []
export const ALL_SET: CharSet = [0, MAX_CODE_POINT]

/** Sorts and merges arbitrary (possibly overlapping) ranges into a canonical set. */
export function normalize(ranges: readonly number[]): CharSet {
  const pairs: [number, number][] = []
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    pairs.push([ranges[i] as number, ranges[i + 1] as number])
  }
  pairs.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [lo, hi] of pairs) {
    const last = out.length - 1
    if (last > 0 && lo <= (out[last] as number) + 1) {
      out[last] = Math.max(out[last] as number, hi)
    } else {
      out.push(lo, hi)
    }
  }
  return out
}

export function union(...sets: CharSet[]): CharSet {
  return normalize(sets.flat())
}

export function negate(set: CharSet): CharSet {
  const out: number[] = []
  let next = 0
  for (let i = 0; i < set.length; i += 2) {
    const lo = set[i] as number
    if (lo > next) out.push(next, lo - 1)
    next = (set[i + 1] as number) + 1
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT)
  return out
}

export function contains(set: CharSet, codePoint: number): boolean {
  let low = 0
  let high = (set.length >> 1) - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (codePoint < (set[middle * 2] as number)) high = middle - 1
    else if (codePoint > (set[middle * 2 + 1] as number)) low = middle + 1
    else return true
  }
  return false
}

export function singleton(codePoint: number): CharSet {
  return [codePoint, codePoint]
}

export function isEmpty(set: CharSet): boolean {
  return set.length === 0
}

/** RE2's Perl classes: ASCII only (engine.md §3: `\s` has no vertical tab, `\w` `\d` are ASCII). */
export const DIGIT: CharSet = [0x30, 0x39]
export const SPACE: CharSet = normalize([0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20])
export const WORD: CharSet = normalize([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a])

/** `.` without the `s` flag: anything but a newline. */
export const NOT_NEWLINE: CharSet = negate(singleton(0x0a))

export const PERL_CLASSES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: negate(DIGIT),
  s: SPACE,
  S: negate(SPACE),
  w: WORD,
  W: negate(WORD),
}

/** `[[:name:]]` classes, ASCII like RE2's. */
export const POSIX_CLASSES: Readonly<Record<string, CharSet>> = {
  alnum: normalize([0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a]),
  alpha: normalize([0x41, 0x5a, 0x61, 0x7a]),
  ascii: [0x00, 0x7f],
  blank: normalize([0x09, 0x09, 0x20, 0x20]),
  cntrl: normalize([0x00, 0x1f, 0x7f, 0x7f]),
  digit: DIGIT,
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: normalize([0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e]),
  space: normalize([0x09, 0x0d, 0x20, 0x20]),
  upper: [0x41, 0x5a],
  word: WORD,
  xdigit: normalize([0x30, 0x39, 0x41, 0x46, 0x61, 0x66]),
}

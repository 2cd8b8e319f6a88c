// Character classes in the form the matcher tests fastest: a 128-bit bitmap for ASCII and, for
// the rest, the class's non-ASCII ranges searched by bisection.

import type { CharSet } from './charset'

export interface ClassTable {
  /** 4 Int32 (128 bits) per class. */
  ascii: Int32Array
  /** Flat [lo, hi] pairs of the non-ASCII parts; class k owns pairs rangeStart[k]..rangeEnd[k]. */
  ranges: Int32Array
  rangeStart: Int32Array
  rangeEnd: Int32Array
}

export function buildClassTable(classes: readonly CharSet[]): ClassTable {
  const ascii = new Int32Array(classes.length * 4)
  const ranges: number[] = []
  const rangeStart = new Int32Array(classes.length)
  const rangeEnd = new Int32Array(classes.length)
  classes.forEach((set, id) => {
    rangeStart[id] = ranges.length >> 1
    for (let i = 0; i < set.length; i += 2) {
      const lo = set[i] as number
      const hi = set[i + 1] as number
      for (let c = lo; c <= Math.min(hi, 0x7f); c++) {
        ascii[id * 4 + (c >> 5)] = (ascii[id * 4 + (c >> 5)] as number) | (1 << (c & 31))
      }
      if (hi >= 0x80) ranges.push(Math.max(lo, 0x80), hi)
    }
    rangeEnd[id] = ranges.length >> 1
  })
  return { ascii, ranges: Int32Array.from(ranges), rangeStart, rangeEnd }
}

/** Whether class `id` has members outside ASCII. */
export function hasNonAscii(table: ClassTable, id: number): boolean {
  return (table.rangeEnd[id] as number) > (table.rangeStart[id] as number)
}

/** Code units taken by one member of class `id` at `pos` (2 for a surrogate pair), 0 if none. */
export function classWidth(table: ClassTable, id: number, input: string, pos: number): number {
  if (pos >= input.length) return 0
  let unit = input.charCodeAt(pos)
  if (unit < 0x80) return ((table.ascii[(id << 2) + (unit >> 5)] as number) >>> (unit & 31)) & 1
  let size = 1
  if (unit >= 0xd800 && unit <= 0xdbff && pos + 1 < input.length) {
    const next = input.charCodeAt(pos + 1)
    if (next >= 0xdc00 && next <= 0xdfff) {
      unit = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000
      size = 2
    }
  }
  const ranges = table.ranges
  let low = table.rangeStart[id] as number
  let high = (table.rangeEnd[id] as number) - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (unit < (ranges[middle * 2] as number)) high = middle - 1
    else if (unit > (ranges[middle * 2 + 1] as number)) low = middle + 1
    else return size
  }
  return 0
}

// First-character guards: for each branch target (and each loop's continuation), which next code
// units could possibly let it succeed. The matcher checks a guard before entering a branch, so most alternatives of a large
// pattern are skipped after one bitmap test, and the search skips start positions no rule can use.

import type { CharSet } from './charset'
import { type ClassTable, hasNonAscii } from './classes'
import {
  ASSERT_TEXT_END,
  ASSERT_TEXT_START,
  OP_ASSERT,
  OP_CHAR,
  OP_CLASS,
  OP_JMP,
  OP_MATCH,
  OP_REPEAT_GREEDY,
  OP_REPEAT_LAZY,
  OP_SAVE,
  OP_SPLIT,
  OP_SPLITN,
  OP_STRING,
  type Program,
} from './program'

/** Guard flag: any non-ASCII code unit may follow. */
export const GUARD_NON_ASCII = 1
/** Guard flag: the target can succeed without consuming anything (so it cannot be skipped). */
export const GUARD_ALWAYS = 2

/** 5 Int32 per guard: a 128-bit ASCII bitmap, then the flags. */
export const GUARD_STRIDE = 5

/** Whether guard `guard` (-1: none) lets a target start before `unit` (-1: the end of the input). */
export function guardAllows(table: Int32Array, guard: number, unit: number): boolean {
  if (guard < 0) return true
  if (unit < 0) return false
  if (unit < 0x80) return (((table[guard + (unit >> 5)] as number) >>> (unit & 31)) & 1) !== 0
  return ((table[guard + 4] as number) & GUARD_NON_ASCII) !== 0
}

export interface Guards {
  /** Per instruction: offset of its guard in `table`, or -1 for "no check". */
  guardOf: Int32Array
  table: Int32Array
}

/** First sets of every instruction, computed to a fixed point (loops feed back into themselves). */
function firstSets(program: Program, classes: ClassTable): Int32Array {
  const { code, size, branches } = program
  const sets = new Int32Array(size * GUARD_STRIDE)
  const merge = (into: number, from: number): boolean => {
    let changed = false
    for (let k = 0; k < GUARD_STRIDE; k++) {
      const before = sets[into * GUARD_STRIDE + k] as number
      const after = before | (sets[from * GUARD_STRIDE + k] as number)
      if (after !== before) {
        sets[into * GUARD_STRIDE + k] = after
        changed = true
      }
    }
    return changed
  }
  const addClass = (into: number, id: number): boolean => {
    let changed = false
    for (let k = 0; k < 4; k++) {
      const before = sets[into * GUARD_STRIDE + k] as number
      const after = before | (classes.ascii[id * 4 + k] as number)
      if (after !== before) {
        sets[into * GUARD_STRIDE + k] = after
        changed = true
      }
    }
    const flags = sets[into * GUARD_STRIDE + 4] as number
    if (hasNonAscii(classes, id) && (flags & GUARD_NON_ASCII) === 0) {
      sets[into * GUARD_STRIDE + 4] = flags | GUARD_NON_ASCII
      changed = true
    }
    return changed
  }
  const addUnit = (into: number, unit: number): boolean => {
    const word = unit < 0x80 ? into * GUARD_STRIDE + (unit >> 5) : into * GUARD_STRIDE + 4
    const bit = unit < 0x80 ? 1 << (unit & 31) : GUARD_NON_ASCII
    const before = sets[word] as number
    sets[word] = before | bit
    return (before | bit) !== before
  }
  let changed = true
  while (changed) {
    changed = false
    for (let pc = size - 1; pc >= 0; pc--) {
      const op = code[pc * 4] as number
      const a = code[pc * 4 + 1] as number
      const b = code[pc * 4 + 2] as number
      const base = pc * GUARD_STRIDE
      switch (op) {
        case OP_CHAR:
          changed = addUnit(pc, a) || changed
          break
        case OP_STRING:
          changed = addUnit(pc, (program.strings[a] as string).charCodeAt(0)) || changed
          break
        case OP_CLASS:
          changed = addClass(pc, a) || changed
          break
        case OP_REPEAT_GREEDY:
        case OP_REPEAT_LAZY:
          changed = addClass(pc, a) || changed
          if (b === 0) changed = merge(pc, pc + 1) || changed
          break
        case OP_SAVE:
        case OP_ASSERT:
          changed = merge(pc, pc + 1) || changed
          break
        case OP_JMP:
          changed = merge(pc, a) || changed
          break
        case OP_SPLIT:
          changed = merge(pc, a) || changed
          changed = merge(pc, b) || changed
          break
        case OP_SPLITN:
          for (let i = 0; i < b; i++) changed = merge(pc, branches[a + i] as number) || changed
          break
        case OP_MATCH:
          if (sets[base + 4] !== GUARD_ALWAYS) {
            sets[base + 4] = GUARD_ALWAYS
            changed = true
          }
          break
      }
    }
  }
  return sets
}

export function computeGuards(program: Program, classes: ClassTable): Guards {
  const { code, size, branches } = program
  const sets = firstSets(program, classes)
  const targets = new Set<number>([program.entry])
  for (let pc = 0; pc < size; pc++) {
    const op = code[pc * 4] as number
    const a = code[pc * 4 + 1] as number
    const b = code[pc * 4 + 2] as number
    if (op === OP_SPLIT) {
      targets.add(a)
      targets.add(b)
    } else if (op === OP_REPEAT_GREEDY || op === OP_REPEAT_LAZY) {
      // Loops try their continuation at many positions: a guard skips the hopeless ones.
      targets.add(pc + 1)
    } else if (op === OP_SPLITN) {
      for (let i = 0; i < b; i++) targets.add(branches[a + i] as number)
    }
  }
  const guardOf = new Int32Array(size).fill(-1)
  const table: number[] = []
  for (const target of targets) {
    const base = target * GUARD_STRIDE
    if (((sets[base + 4] as number) & GUARD_ALWAYS) !== 0) continue
    guardOf[target] = table.length
    for (let k = 0; k < GUARD_STRIDE; k++) table.push(sets[base + k] as number)
  }
  return { guardOf, table: Int32Array.from(table) }
}

/** Whether every path from the entry asserts the start of the text before anything else. */
export function anchoredAtStart(program: Program): boolean {
  const { code, branches } = program
  const seen = new Set<number>()
  const anchored = (pc: number): boolean => {
    if (seen.has(pc)) return false
    seen.add(pc)
    const op = code[pc * 4] as number
    const a = code[pc * 4 + 1] as number
    const b = code[pc * 4 + 2] as number
    switch (op) {
      case OP_ASSERT:
        return a === ASSERT_TEXT_START || anchored(pc + 1)
      case OP_SAVE:
        return anchored(pc + 1)
      case OP_JMP:
        return anchored(a)
      case OP_SPLIT:
        return anchored(a) && anchored(b)
      case OP_SPLITN:
        for (let i = 0; i < b; i++) if (!anchored(branches[a + i] as number)) return false
        return true
      default:
        return false
    }
  }
  return anchored(program.entry)
}

const PREFIX_LENGTH = 8
const PREFIX_COUNT = 8

/** A text the continuation starts with; `atEnd`: and the input ends right after it (`…'$`). */
export interface LiteralPrefix {
  text: string
  atEnd: boolean
}

/**
 * Literal prefixes of what can follow instruction `pc`: every successful path from `pc` starts
 * with one of them; null when nothing useful is certain. A loop checks them before trying its
 * continuation, which keeps `%{DATA}` scans over long runs of near-misses cheap.
 */
export function literalPrefixes(
  program: Program,
  classes: readonly CharSet[],
  pc: number,
): LiteralPrefix[] | null {
  const { code, branches, strings } = program
  const visiting = new Set<number>()
  const smallClass = (id: number): string[] | null => {
    const set = classes[id] as CharSet
    const members: string[] = []
    for (let i = 0; i < set.length; i += 2) {
      for (let unit = set[i] as number; unit <= (set[i + 1] as number); unit++) {
        if (unit > 0xffff || (unit >= 0xd800 && unit <= 0xdfff) || members.length >= PREFIX_COUNT) {
          return null
        }
        members.push(String.fromCharCode(unit))
      }
    }
    return members
  }
  const union = (sets: (LiteralPrefix[] | null)[]): LiteralPrefix[] | null => {
    const all = new Map<string, LiteralPrefix>()
    for (const set of sets) {
      if (set === null) return null
      for (const prefix of set) all.set(`${prefix.atEnd ? '$' : '-'}${prefix.text}`, prefix)
    }
    return all.size > PREFIX_COUNT ? null : [...all.values()]
  }
  const prefixes = (at: number, budget: number): LiteralPrefix[] | null => {
    if (budget === 0 || visiting.has(at)) return null
    visiting.add(at)
    try {
      const op = code[at * 4] as number
      const a = code[at * 4 + 1] as number
      const b = code[at * 4 + 2] as number
      const then = (heads: string[] | null): LiteralPrefix[] | null => {
        if (heads === null) return null
        return union(
          heads.map((head) => {
            if (head.length >= budget) return [{ text: head.slice(0, budget), atEnd: false }]
            const rest = prefixes(at + 1, budget - head.length)
            if (rest === null) return [{ text: head, atEnd: false }]
            return rest.map((tail) => ({ text: head + tail.text, atEnd: tail.atEnd }))
          }),
        )
      }
      switch (op) {
        case OP_CHAR:
          return then([String.fromCharCode(a)])
        case OP_STRING:
          return then([strings[a] as string])
        case OP_CLASS:
          return then(smallClass(a))
        case OP_ASSERT:
          // After `$` nothing can be consumed: the continuation must stand at the end.
          return a === ASSERT_TEXT_END ? [{ text: '', atEnd: true }] : prefixes(at + 1, budget)
        case OP_SAVE:
          return prefixes(at + 1, budget)
        case OP_JMP:
          return prefixes(a, budget)
        case OP_SPLIT:
          return union([prefixes(a, budget), prefixes(b, budget)])
        case OP_SPLITN: {
          const sets: (LiteralPrefix[] | null)[] = []
          for (let i = 0; i < b; i++) sets.push(prefixes(branches[a + i] as number, budget))
          return union(sets)
        }
        default:
          return null
      }
    } finally {
      visiting.delete(at)
    }
  }
  const found = prefixes(pc, PREFIX_LENGTH)
  return found === null || found.some((prefix) => prefix.text === '' && !prefix.atEnd)
    ? null
    : found
}

// Where a single-character loop (`\S+`, `%{DATA}`, `\s*`) tries its continuation. Positions where
// the continuation cannot start — its first-character guard or literal prefixes say so — are
// skipped without entering it, which is what keeps a lazy `%{DATA}` over a long run cheap.

import { type ClassTable, classWidth } from './classes'
import { type Guards, guardAllows, type LiteralPrefix, literalPrefixes } from './guards'
import { previousPosition } from './positions'
import type { Program } from './program'
import type { VisitedStates } from './visited'

export class LoopScanner {
  /** Iterations done by the last successful lazyNext(). */
  count = 0

  private readonly code: Int32Array
  private readonly classes: ClassTable
  private readonly guardOf: Int32Array
  private readonly guards: Int32Array
  /** Per loop instruction: its "one more iteration" state row, -1 for bounded loops. */
  private readonly loopRow: Int32Array
  private readonly visited: VisitedStates
  private readonly program: Program
  /**
   * Per loop instruction: literal prefixes its continuation must start with, or null; computed on
   * first use (undefined until then), as most loops of a large pattern are never reached.
   */
  private readonly continuations: (readonly LiteralPrefix[] | null | undefined)[]

  constructor(
    program: Program,
    classes: ClassTable,
    guards: Guards,
    loopRow: Int32Array,
    visited: VisitedStates,
  ) {
    this.code = program.code
    this.classes = classes
    this.guardOf = guards.guardOf
    this.guards = guards.table
    this.loopRow = loopRow
    this.visited = visited
    this.program = program
    this.continuations = new Array(program.size).fill(undefined)
  }

  /** Whether loop `pc`'s continuation can start at `pos`. */
  mayContinue(pc: number, input: string, pos: number): boolean {
    const unit = pos < input.length ? input.charCodeAt(pos) : -1
    if (!guardAllows(this.guards, this.guardOf[pc + 1] as number, unit)) return false
    let prefixes = this.continuations[pc]
    if (prefixes === undefined) {
      prefixes = literalPrefixes(this.program, this.program.classes, pc + 1)
      this.continuations[pc] = prefixes
    }
    if (prefixes === null) return true
    for (let i = 0; i < prefixes.length; i++) {
      const { text, atEnd } = prefixes[i] as LiteralPrefix
      if ((!atEnd || pos + text.length === input.length) && input.startsWith(text, pos)) return true
    }
    return false
  }

  /** Scanning down from `pos` to `floor`, the first position where loop `pc` may continue; -1 if none. */
  greedyNext(pc: number, input: string, pos: number, floor: number): number {
    let q = pos
    for (;;) {
      if (this.mayContinue(pc, input, q)) return q
      if (q <= floor) return -1
      q = previousPosition(input, q, floor)
    }
  }

  /**
   * Extends lazy loop `pc` (`count` iterations done, standing at `pos`) one iteration at a time
   * until its continuation may start; returns that position, with the iterations in `count`, or -1.
   */
  lazyNext(pc: number, input: string, pos: number, count: number): number {
    const id = this.code[pc * 4 + 1] as number
    const max = this.code[pc * 4 + 3] as number
    const row = this.loopRow[pc] as number
    let q = pos
    let n = count
    for (;;) {
      if (max >= 0 && n >= max) return -1
      const step = classWidth(this.classes, id, input, q)
      if (step === 0) return -1
      q += step
      n++
      if (row >= 0 && this.visited.seen(row, q)) return -1
      if (this.mayContinue(pc, input, q)) {
        this.count = n
        return q
      }
    }
  }
}

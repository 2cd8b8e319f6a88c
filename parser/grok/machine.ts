// The matcher: a depth-first search of the program in priority order that remembers explored
// (instruction, position) states (RE2's BitState), so no line costs more than O(program × length)
// whatever the pattern. It implements the platform's rule (engine.md §3): the leftmost start wins,
// then the match ending furthest right, then the first such path in backtracking order.

import { buildClassTable, type ClassTable, classWidth } from './classes'
import { anchoredAtStart, computeGuards, guardAllows } from './guards'
import { LoopScanner } from './loops'
import { layoutMemo } from './memo'
import { assertionHolds, insidePair, previousPosition } from './positions'
import {
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
import { RuleFilter } from './rule-filter'
import { VisitedStates } from './visited'

// Matching never calls out while it runs, so all machines can share one (large) state table.
const sharedVisited = new VisitedStates()

// Backtrack stack entries, 4 Int32 each: [kind, a, b, c].
const TRY = 0 // resume at instruction a, position b
const UNDO = 1 // restore capture slot a to b
const GREEDY = 2 // loop at a: continue after it at position b or before (not below c)
const LAZY = 3 // loop at a: one more iteration after position b (c iterations so far)
const ALT = 4 // SPLITN at a, position b: try branch c onwards

export class Machine {
  /** Capture positions of the last successful search: group g spans slots 2g..2g+1, -1 = unset. */
  readonly slots: Int32Array
  /** The last successful search's rule index and extent. */
  rule = -1
  start = -1
  end = -1

  private readonly code: Int32Array
  private readonly branches: Int32Array
  private readonly strings: readonly string[]
  private readonly entry: number
  private readonly anchored: boolean
  private readonly classes: ClassTable
  private readonly guardOf: Int32Array
  private readonly guards: Int32Array
  /** Per instruction: its state row in `visited`, or -1 when it needs none. */
  private readonly memo: Int32Array
  private readonly loopRow: Int32Array
  private readonly rows: number
  private readonly loops: LoopScanner
  private readonly visited = sharedVisited
  private readonly rules: RuleFilter
  /** The entry SPLITN that chooses among rules, or -1 for a one-rule pattern. */
  private readonly ruleChoice: number
  private stack: Int32Array = new Int32Array(4096)
  private finished = false

  /** `ruleLiterals[i]`: texts every match of rule i contains. */
  constructor(program: Program, ruleLiterals: readonly (readonly string[])[]) {
    const layout = layoutMemo(program)
    this.classes = buildClassTable(program.classes)
    const guards = computeGuards(program, this.classes)
    this.code = program.code
    this.branches = program.branches
    this.strings = program.strings
    this.entry = program.entry
    this.anchored = anchoredAtStart(program)
    this.guardOf = guards.guardOf
    this.guards = guards.table
    this.memo = layout.memo
    this.loopRow = layout.loop
    this.rows = layout.wordsPerPosition * 32
    this.loops = new LoopScanner(program, this.classes, guards, layout.loop, this.visited)
    this.slots = new Int32Array(program.groupCount * 2)
    this.rules = new RuleFilter(ruleLiterals)
    this.ruleChoice = program.ruleCount > 1 ? program.entry : -1
  }

  /** Finds the platform's match in `input`; on success `rule`, `start`, `end`, `slots` describe it. */
  search(input: string): boolean {
    this.rules.reset()
    // Rules are checked when first reached; unless there is only one start position to try among
    // several rules, a line no rule can match is dismissed before any search.
    if ((!this.anchored || this.ruleChoice < 0) && !this.rules.any(input)) return false
    const length = input.length
    this.visited.prepare(length, this.rows)
    this.slots.fill(-1)
    const entryGuard = this.guardOf[this.entry] as number
    const last = this.anchored ? 0 : length
    for (let start = 0; start <= last; start++) {
      const unit = start < length ? input.charCodeAt(start) : -1
      if (!guardAllows(this.guards, entryGuard, unit) || insidePair(input, start)) continue
      const best = this.explore(input, start, -1)
      if (best < 0) continue
      if (!this.finished) {
        // Second pass: the same search, accepting only the longest end found by the first.
        this.visited.reset()
        this.explore(input, start, best)
      }
      this.start = start
      return true
    }
    return false
  }

  /** The first branch from `index` on of SPLITN `pc` that may start at `pos`; -1 if none. */
  private nextBranch(pc: number, index: number, input: string, pos: number): number {
    const table = this.code[pc * 4 + 1] as number
    const count = this.code[pc * 4 + 2] as number
    const unit = pos < input.length ? input.charCodeAt(pos) : -1
    for (let i = index; i < count; i++) {
      const target = this.branches[table + i] as number
      if (!guardAllows(this.guards, this.guardOf[target] as number, unit)) continue
      if (pc === this.ruleChoice && !this.rules.viable(i, input)) continue
      return i
    }
    return -1
  }

  private growStack(): Int32Array {
    const bigger = new Int32Array(this.stack.length * 2)
    bigger.set(this.stack)
    this.stack = bigger
    return bigger
  }

  /**
   * Explores every path from `start` in priority order. Pass 1 (`target` -1) stops at the first
   * match ending at the end of the input, else returns the furthest end seen (-1: none). Pass 2
   * stops at the first match ending at `target`. `finished` tells whether it stopped on a match.
   */
  private explore(input: string, start: number, target: number): number {
    const { code, branches, memo, loopRow, guardOf, guards, slots, classes, visited, loops } = this
    const length = input.length
    let stack = this.stack
    let sp = 4
    let best = -1
    this.finished = false
    stack[0] = TRY
    stack[1] = this.entry
    stack[2] = start

    outer: while (sp > 0) {
      sp -= 4
      const kind = stack[sp] as number
      const ea = stack[sp + 1] as number
      const eb = stack[sp + 2] as number
      const ec = stack[sp + 3] as number
      let pc: number
      let pos: number
      switch (kind) {
        case UNDO:
          slots[ea] = eb
          continue
        case TRY:
          pc = ea
          pos = eb
          break
        case GREEDY: {
          pos = loops.greedyNext(ea, input, eb, ec)
          if (pos < 0) continue
          if (pos > ec) {
            stack[sp] = GREEDY
            stack[sp + 2] = previousPosition(input, pos, ec)
            sp += 4
          }
          pc = ea + 1
          break
        }
        case LAZY: {
          pos = loops.lazyNext(ea, input, eb, ec)
          if (pos < 0) continue
          stack[sp] = LAZY
          stack[sp + 2] = pos
          stack[sp + 3] = loops.count
          sp += 4
          pc = ea + 1
          break
        }
        case ALT: {
          const index = this.nextBranch(ea, ec, input, eb)
          if (index < 0) continue
          stack[sp] = ALT
          stack[sp + 3] = index + 1
          sp += 4
          pc = branches[(code[ea * 4 + 1] as number) + index] as number
          pos = eb
          break
        }
        default:
          throw new Error(`corrupt backtrack stack: kind ${kind}`)
      }

      for (;;) {
        if (sp + 8 > stack.length) stack = this.growStack()
        const row = memo[pc] as number
        if (row >= 0 && visited.seen(row, pos)) continue outer
        const base = pc << 2
        switch (code[base]) {
          case OP_CHAR:
            if (pos >= length || input.charCodeAt(pos) !== code[base + 1]) continue outer
            pc++
            pos++
            continue
          case OP_STRING: {
            const literal = this.strings[code[base + 1] as number] as string
            if (!input.startsWith(literal, pos)) continue outer
            pc++
            pos += literal.length
            continue
          }
          case OP_CLASS: {
            const step = classWidth(classes, code[base + 1] as number, input, pos)
            if (step === 0) continue outer
            pc++
            pos += step
            continue
          }
          case OP_SAVE: {
            const slot = code[base + 1] as number
            stack[sp] = UNDO
            stack[sp + 1] = slot
            stack[sp + 2] = slots[slot] as number
            sp += 4
            slots[slot] = pos
            pc++
            continue
          }
          case OP_SPLIT: {
            const first = code[base + 1] as number
            const second = code[base + 2] as number
            const unit = pos < length ? input.charCodeAt(pos) : -1
            if (guardAllows(guards, guardOf[second] as number, unit)) {
              stack[sp] = TRY
              stack[sp + 1] = second
              stack[sp + 2] = pos
              sp += 4
            }
            if (!guardAllows(guards, guardOf[first] as number, unit)) continue outer
            pc = first
            continue
          }
          case OP_SPLITN: {
            const index = this.nextBranch(pc, 0, input, pos)
            if (index < 0) continue outer
            // The ALT entry finds the next admissible branch, if any, when it is popped.
            stack[sp] = ALT
            stack[sp + 1] = pc
            stack[sp + 2] = pos
            stack[sp + 3] = index + 1
            sp += 4
            pc = branches[(code[base + 1] as number) + index] as number
            continue
          }
          case OP_JMP:
            pc = code[base + 1] as number
            continue
          case OP_ASSERT:
            if (!assertionHolds(code[base + 1] as number, input, pos)) continue outer
            pc++
            continue
          case OP_REPEAT_GREEDY: {
            const id = code[base + 1] as number
            let q = pos
            for (let n = code[base + 2] as number; n > 0; n--) {
              const step = classWidth(classes, id, input, q)
              if (step === 0) continue outer
              q += step
            }
            const floor = q
            const loop = loopRow[pc] as number
            if (loop >= 0) {
              // Unbounded: stop extending where an earlier visit already explored the rest.
              if (visited.seen(loop, q)) continue outer
              for (;;) {
                const step = classWidth(classes, id, input, q)
                if (step === 0 || visited.seen(loop, q + step)) break
                q += step
              }
            } else {
              for (let n = (code[base + 3] as number) - (code[base + 2] as number); n > 0; n--) {
                const step = classWidth(classes, id, input, q)
                if (step === 0) break
                q += step
              }
            }
            pos = loops.greedyNext(pc, input, q, floor)
            if (pos < 0) continue outer
            if (pos > floor) {
              stack[sp] = GREEDY
              stack[sp + 1] = pc
              stack[sp + 2] = previousPosition(input, pos, floor)
              stack[sp + 3] = floor
              sp += 4
            }
            pc++
            continue
          }
          case OP_REPEAT_LAZY: {
            const id = code[base + 1] as number
            const min = code[base + 2] as number
            for (let n = min; n > 0; n--) {
              const step = classWidth(classes, id, input, pos)
              if (step === 0) continue outer
              pos += step
            }
            const loop = loopRow[pc] as number
            if (loop >= 0 && visited.seen(loop, pos)) continue outer
            let count = min
            if (!loops.mayContinue(pc, input, pos)) {
              pos = loops.lazyNext(pc, input, pos, min)
              if (pos < 0) continue outer
              count = loops.count
            }
            stack[sp] = LAZY
            stack[sp + 1] = pc
            stack[sp + 2] = pos
            stack[sp + 3] = count
            sp += 4
            pc++
            continue
          }
          case OP_MATCH: {
            if (target < 0 ? pos === length : pos === target) {
              this.rule = code[base + 1] as number
              this.end = pos
              this.finished = true
              this.stack = stack
              return pos
            }
            if (pos > best) best = pos
            continue outer
          }
          default:
            throw new Error(`corrupt program: opcode ${code[base]} at ${pc}`)
        }
      }
    }
    this.stack = stack
    return best
  }
}

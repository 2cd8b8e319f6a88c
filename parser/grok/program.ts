// Compiles a linked tree to a flat program for the matcher: 4 Int32 per instruction
// [op, a, b, c]. Repetitions follow RE2's compiler (x{2,5} = xx(x(x(x)?)?)?, x* over a nullable
// x = (x+)?), so priorities — and therefore captures — are RE2's. Single-character loops such as
// `\S+` or `.*?` become one REPEAT instruction.

import type { Assertion, RegexNode } from './ast'
import { captureNames, nullable } from './ast'
import type { CharSet } from './charset'
import { GrokError } from './errors'

export const OP_CHAR = 0 // a: UTF-16 code unit
export const OP_CLASS = 1 // a: class id
export const OP_SPLIT = 2 // try a, then b
export const OP_SPLITN = 3 // a: offset in branch table, b: branch count; try each in order
export const OP_JMP = 4 // a: target
export const OP_SAVE = 5 // a: capture slot
export const OP_ASSERT = 6 // a: ASSERT_*
export const OP_MATCH = 7 // a: rule index
export const OP_REPEAT_GREEDY = 8 // a: class id, b: min, c: max (-1 = unbounded)
export const OP_REPEAT_LAZY = 9 // same operands
export const OP_STRING = 10 // a: index in the string table; the literal's UTF-16 units, in order

export const ASSERT_TEXT_START = 0
export const ASSERT_TEXT_END = 1
export const ASSERT_LINE_START = 2
export const ASSERT_LINE_END = 3
export const ASSERT_WORD_BOUNDARY = 4
export const ASSERT_NOT_WORD_BOUNDARY = 5

const ASSERTIONS: Readonly<Record<Assertion, number>> = {
  'text-start': ASSERT_TEXT_START,
  'text-end': ASSERT_TEXT_END,
  'line-start': ASSERT_LINE_START,
  'line-end': ASSERT_LINE_END,
  'word-boundary': ASSERT_WORD_BOUNDARY,
  'not-word-boundary': ASSERT_NOT_WORD_BOUNDARY,
}

/** RE2 gives up on programs this large; so do we, rather than exhaust memory. */
export const MAX_INSTRUCTIONS = 250_000

export interface Program {
  /** 4 Int32 per instruction. */
  code: Int32Array
  size: number
  entry: number
  /** SPLITN targets. */
  branches: Int32Array
  /** The classes' member sets, by class id. */
  classes: CharSet[]
  /** OP_STRING literals. */
  strings: string[]
  /** The number of rules; when above 1, `entry` is the SPLITN choosing among them. */
  ruleCount: number
  /** Capture group count; group g uses slots 2g (start) and 2g+1 (end). */
  groupCount: number
}

/** The UTF-16 unit of a one-character set outside the surrogates, else -1. */
function codeUnit(set: CharSet): number {
  const only = set.length === 2 && set[0] === set[1] ? (set[0] as number) : -1
  return only >= 0 && only <= 0xffff && (only < 0xd800 || only > 0xdfff) ? only : -1
}

class Compiler {
  private readonly code: number[] = []
  private readonly branches: number[] = []
  private readonly classes: CharSet[] = []
  private readonly strings: string[] = []
  private readonly classIds = new Map<string, number>()
  private nextGroup = 0
  private visits = 0
  private readonly sizeError: () => never

  constructor(sizeError: () => never) {
    this.sizeError = sizeError
  }

  get pc(): number {
    return this.code.length >> 2
  }

  private emit(op: number, a = 0, b = 0, c = 0): number {
    if (this.pc >= MAX_INSTRUCTIONS) this.sizeError()
    const pc = this.pc
    this.code.push(op, a, b, c)
    return pc
  }

  private patch(pc: number, operand: 1 | 2, value: number) {
    this.code[pc * 4 + operand] = value
  }

  private classId(set: CharSet): number {
    const key = set.join(',')
    let id = this.classIds.get(key)
    if (id === undefined) {
      id = this.classes.length
      this.classes.push(set)
      this.classIds.set(key, id)
    }
    return id
  }

  /** Points a split's preferred operand at `body` and the other at `exit` (swapped when lazy). */
  private finishSplit(split: number, greedy: boolean, body: number, exit: number) {
    this.patch(split, greedy ? 1 : 2, body)
    this.patch(split, greedy ? 2 : 1, exit)
  }

  node(node: RegexNode) {
    // Shared subtrees make the walk as long as the expanded pattern, even where it emits nothing.
    if (++this.visits > MAX_INSTRUCTIONS * 4) this.sizeError()
    switch (node.kind) {
      case 'empty':
        return
      case 'char':
        return this.char(node.set)
      case 'assert':
        this.emit(OP_ASSERT, ASSERTIONS[node.assertion])
        return
      case 'concat':
        return this.concatenation(node.items)
      case 'alt':
        return this.alternation(node.branches)
      case 'capture': {
        const group = this.nextGroup++
        this.emit(OP_SAVE, group * 2)
        this.node(node.body)
        this.emit(OP_SAVE, group * 2 + 1)
        return
      }
      case 'repeat':
        return this.repeat(node.body, node.min, node.max, node.greedy)
    }
  }

  private char(set: CharSet) {
    const unit = codeUnit(set)
    if (unit >= 0) this.emit(OP_CHAR, unit)
    else this.emit(OP_CLASS, this.classId(set))
  }

  /** Runs of literal characters become one OP_STRING. */
  private concatenation(items: readonly RegexNode[]) {
    let run = ''
    const flush = () => {
      if (run.length === 1) this.emit(OP_CHAR, run.charCodeAt(0))
      if (run.length > 1) {
        this.emit(OP_STRING, this.strings.length)
        this.strings.push(run)
      }
      run = ''
    }
    for (const item of items) {
      const unit = item.kind === 'char' ? codeUnit(item.set) : -1
      if (unit >= 0) {
        run += String.fromCharCode(unit)
        continue
      }
      flush()
      this.node(item)
    }
    flush()
  }

  private alternation(branches: readonly RegexNode[]) {
    this.emit(OP_SPLITN, this.branches.length, branches.length)
    const table = this.branches.length
    for (let i = 0; i < branches.length; i++) this.branches.push(-1)
    const jumps: number[] = []
    branches.forEach((branch, index) => {
      this.branches[table + index] = this.pc
      this.node(branch)
      if (index < branches.length - 1) jumps.push(this.emit(OP_JMP, -1))
    })
    for (const jump of jumps) this.patch(jump, 1, this.pc)
  }

  private repeat(body: RegexNode, min: number, max: number, greedy: boolean) {
    if (body.kind === 'char') {
      const op = greedy ? OP_REPEAT_GREEDY : OP_REPEAT_LAZY
      this.emit(op, this.classId(body.set), min, max === Infinity ? -1 : max)
      return
    }
    // Every copy of the body reuses the same group numbers: RE2 numbers groups by syntax.
    const firstGroup = this.nextGroup
    const emitBody = () => {
      this.nextGroup = firstGroup
      this.node(body)
    }
    if (max === Infinity && min === 0) {
      this.star(body, greedy, emitBody)
    } else if (max === Infinity) {
      for (let i = 1; i < min; i++) emitBody()
      this.plus(greedy, emitBody)
    } else {
      for (let i = 0; i < min; i++) emitBody()
      // The m-n optional copies nest, so every skipping split leads to the common end.
      const splits: number[] = []
      for (let i = min; i < max; i++) {
        const split = this.emit(OP_SPLIT, -1, -1)
        splits.push(split)
        this.finishSplit(split, greedy, this.pc, -1)
        emitBody()
      }
      for (const split of splits) this.patch(split, greedy ? 2 : 1, this.pc)
    }
    this.nextGroup = firstGroup + captureNames(body).length
  }

  /** x+ : x, then a split back to x or on. */
  private plus(greedy: boolean, emitBody: () => void) {
    const start = this.pc
    emitBody()
    const split = this.emit(OP_SPLIT, -1, -1)
    this.finishSplit(split, greedy, start, this.pc)
  }

  private star(body: RegexNode, greedy: boolean, emitBody: () => void) {
    if (nullable(body)) {
      // RE2: one split cannot order a nullable loop's closure correctly; (x+)? can.
      const split = this.emit(OP_SPLIT, -1, -1)
      const start = this.pc
      this.plus(greedy, emitBody)
      this.finishSplit(split, greedy, start, this.pc)
      return
    }
    const loop = this.emit(OP_SPLIT, -1, -1)
    emitBody()
    this.emit(OP_JMP, loop)
    this.finishSplit(loop, greedy, loop + 1, this.pc)
  }

  /** One program for all rules: rule i's code ends with MATCH i. */
  program(rules: readonly RegexNode[]): Program {
    let entry = 0
    if (rules.length === 1) {
      this.node(rules[0] as RegexNode)
      this.emit(OP_MATCH, 0)
    } else {
      const table = this.branches.length
      entry = this.emit(OP_SPLITN, table, rules.length)
      for (let i = 0; i < rules.length; i++) this.branches.push(-1)
      rules.forEach((rule, index) => {
        this.branches[table + index] = this.pc
        this.node(rule)
        this.emit(OP_MATCH, index)
      })
    }
    return {
      code: Int32Array.from(this.code),
      size: this.pc,
      entry,
      branches: Int32Array.from(this.branches),
      classes: this.classes,
      strings: this.strings,
      ruleCount: rules.length,
      groupCount: this.nextGroup,
    }
  }
}

/** Compiles one tree per rule; `patternLength` locates the "too large" error on the whole pattern. */
export function compileProgram(rules: readonly RegexNode[], patternLength: number): Program {
  const compiler = new Compiler(() => {
    throw new GrokError(
      'grok-unsupported',
      `pattern too large: more than ${MAX_INSTRUCTIONS} instructions after expansion`,
      null,
      0,
      patternLength,
    )
  })
  return compiler.program(rules)
}

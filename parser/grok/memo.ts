// Which (instruction, position) states the matcher remembers. Remembering a state that was already
// explored is what bounds the search to O(program × line) — RE2's BitState idea. Only states that
// several paths can reach need a bit: instructions with two or more predecessors, the instruction
// after a single-character loop (reached at many positions from one loop visit), and the loops'
// own "one more iteration" states.

import {
  OP_ASSERT,
  OP_CHAR,
  OP_CLASS,
  OP_JMP,
  OP_REPEAT_GREEDY,
  OP_REPEAT_LAZY,
  OP_SAVE,
  OP_SPLIT,
  OP_SPLITN,
  OP_STRING,
  type Program,
} from './program'

export interface MemoLayout {
  /** Per instruction: its bit index among a position's bits, or -1 when it needs none. */
  memo: Int32Array
  /** Per unbounded REPEAT instruction: the bit of its loop state, else -1. */
  loop: Int32Array
  /** Int32 words of bits per input position. */
  wordsPerPosition: number
}

export function layoutMemo(program: Program): MemoLayout {
  const { code, size, branches } = program
  const predecessors = new Int32Array(size + 1)
  const forced = new Uint8Array(size + 1)
  predecessors[program.entry] = 1
  for (let pc = 0; pc < size; pc++) {
    const op = code[pc * 4] as number
    const a = code[pc * 4 + 1] as number
    const b = code[pc * 4 + 2] as number
    switch (op) {
      case OP_CHAR:
      case OP_STRING:
      case OP_CLASS:
      case OP_SAVE:
      case OP_ASSERT:
        predecessors[pc + 1] = (predecessors[pc + 1] as number) + 1
        break
      case OP_REPEAT_GREEDY:
      case OP_REPEAT_LAZY:
        forced[pc + 1] = 1
        break
      case OP_SPLIT:
        predecessors[a] = (predecessors[a] as number) + 1
        predecessors[b] = (predecessors[b] as number) + 1
        break
      case OP_SPLITN:
        for (let i = 0; i < b; i++) {
          const target = branches[a + i] as number
          predecessors[target] = (predecessors[target] as number) + 1
        }
        break
      case OP_JMP:
        predecessors[a] = (predecessors[a] as number) + 1
        break
    }
  }
  const memo = new Int32Array(size).fill(-1)
  const loop = new Int32Array(size).fill(-1)
  let count = 0
  for (let pc = 0; pc < size; pc++) {
    if ((predecessors[pc] as number) >= 2 || forced[pc] === 1) memo[pc] = count++
    const op = code[pc * 4] as number
    if ((op === OP_REPEAT_GREEDY || op === OP_REPEAT_LAZY) && code[pc * 4 + 3] === -1) {
      loop[pc] = count++
    }
  }
  return { memo, loop, wordsPerPosition: Math.max(1, (count + 31) >> 5) }
}

// A slow, obviously-correct matcher for tests: it enumerates every path through the syntax tree
// in backtracking order (earlier alternatives first, greedy tries one more iteration first, lazy
// one fewer), then applies the platform's rule: leftmost start, then longest, then first path.
//
// Unbounded loops follow RE2's compiled shape: once a loop has done its minimum (and at least
// one iteration), an iteration that matched nothing ends it. Bounded ones are RE2's nested copies. For loops whose body can match the empty
// string RE2's state sharing may also merge paths across iterations; tests compare only the span
// and rule for such patterns (see `hasNullableLoop`).

import { nullable, type RegexNode } from '../ast'
import { contains } from '../charset'

export type Spans = readonly ([number, number] | null)[]

interface Path {
  pos: number
  groups: Spans
}

export interface ReferenceMatch {
  rule: number
  start: number
  end: number
  groups: Spans
}

function isWord(input: string, index: number): boolean {
  return index >= 0 && index < input.length && /[A-Za-z0-9_]/.test(input.charAt(index))
}

/** Thrown when enumerating would take too long: nested loops have exponentially many paths. */
export class TooManyPaths extends Error {}

class Enumerator {
  private readonly input: string
  private readonly groupOf = new Map<RegexNode, number>()
  private budget: number

  constructor(input: string, rules: readonly RegexNode[], budget: number) {
    this.input = input
    this.budget = budget
    let next = 0
    const number = (node: RegexNode) => {
      if (node.kind === 'capture') this.groupOf.set(node, next++)
      if (node.kind === 'concat') node.items.forEach(number)
      if (node.kind === 'alt') node.branches.forEach(number)
      if (node.kind === 'capture' || node.kind === 'repeat') number(node.body)
    }
    rules.forEach(number)
  }

  *paths(node: RegexNode, pos: number, groups: Spans): Generator<Path> {
    if (--this.budget < 0) throw new TooManyPaths()
    const input = this.input
    switch (node.kind) {
      case 'empty':
        yield { pos, groups }
        return
      case 'char': {
        const codePoint = input.codePointAt(pos)
        if (codePoint !== undefined && contains(node.set, codePoint)) {
          yield { pos: pos + (codePoint > 0xffff ? 2 : 1), groups }
        }
        return
      }
      case 'assert': {
        const holds = {
          'text-start': pos === 0,
          'text-end': pos === input.length,
          'line-start': pos === 0 || input.charAt(pos - 1) === '\n',
          'line-end': pos === input.length || input.charAt(pos) === '\n',
          'word-boundary': isWord(input, pos - 1) !== isWord(input, pos),
          'not-word-boundary': isWord(input, pos - 1) === isWord(input, pos),
        }[node.assertion]
        if (holds) yield { pos, groups }
        return
      }
      case 'concat':
        yield* this.sequence(node.items, 0, pos, groups)
        return
      case 'alt':
        for (const branch of node.branches) yield* this.paths(branch, pos, groups)
        return
      case 'capture': {
        const group = this.groupOf.get(node) as number
        for (const path of this.paths(node.body, pos, groups)) {
          const next = [...path.groups]
          next[group] = [pos, path.pos]
          yield { pos: path.pos, groups: next }
        }
        return
      }
      case 'repeat':
        yield* this.repeat(node.body, node.min, node.max, node.greedy, 0, pos, groups, false)
        return
    }
  }

  private *sequence(
    items: readonly RegexNode[],
    index: number,
    pos: number,
    groups: Spans,
  ): Generator<Path> {
    const item = items[index]
    if (item === undefined) {
      yield { pos, groups }
      return
    }
    for (const path of this.paths(item, pos, groups)) {
      yield* this.sequence(items, index + 1, path.pos, path.groups)
    }
  }

  private *repeat(
    body: RegexNode,
    min: number,
    max: number,
    greedy: boolean,
    count: number,
    pos: number,
    groups: Spans,
    lastWasEmpty: boolean,
  ): Generator<Path> {
    const more = () => this.iterations(body, min, max, greedy, count, pos, groups)
    if (count < min) {
      yield* more()
      return
    }
    const mayIterate =
      count < max && !(max === Infinity && lastWasEmpty && count >= Math.max(min, 1))
    if (!greedy) yield { pos, groups }
    if (mayIterate) yield* more()
    if (greedy) yield { pos, groups }
  }

  private *iterations(
    body: RegexNode,
    min: number,
    max: number,
    greedy: boolean,
    count: number,
    pos: number,
    groups: Spans,
  ): Generator<Path> {
    for (const path of this.paths(body, pos, groups)) {
      yield* this.repeat(body, min, max, greedy, count + 1, path.pos, path.groups, path.pos === pos)
    }
  }
}

/**
 * The platform's match of `rules` (top-level alternatives) over `input`, by brute force; throws
 * TooManyPaths past `budget` steps.
 */
export function referenceMatch(
  rules: readonly RegexNode[],
  input: string,
  groupCount: number,
  budget = 200_000,
): ReferenceMatch | null {
  const enumerator = new Enumerator(input, rules, budget)
  const none: Spans = new Array(groupCount).fill(null)
  for (let start = 0; start <= input.length; start++) {
    // A match starts on a code point, never between the halves of a surrogate pair.
    if (start > 0 && (input.codePointAt(start - 1) ?? 0) > 0xffff) continue
    let best: ReferenceMatch | null = null
    rules.forEach((rule, index) => {
      for (const path of enumerator.paths(rule, start, none)) {
        if (best === null || path.pos > best.end)
          best = { rule: index, start, end: path.pos, groups: path.groups }
      }
    })
    if (best) return best
  }
  return null
}

/** Whether some unbounded loop has a body that can match the empty string. */
export function hasNullableLoop(node: RegexNode): boolean {
  switch (node.kind) {
    case 'repeat':
      return (node.max === Infinity && nullable(node.body)) || hasNullableLoop(node.body)
    case 'concat':
      return node.items.some(hasNullableLoop)
    case 'alt':
      return node.branches.some(hasNullableLoop)
    case 'capture':
      return hasNullableLoop(node.body)
    default:
      return false
  }
}

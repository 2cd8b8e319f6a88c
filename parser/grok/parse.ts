// Parses one pattern's source text (RE2 syntax plus grok's %{NAME:field} references) into a tree.
// Every node keeps its offsets in that text, so errors and rules point at what the user wrote.

import type { ParsedNode, Span } from './ast'
import { foldCase } from './casefold'
import { ALL_SET, type CharSet, NOT_NEWLINE, singleton } from './charset'
import { parseClass, parseEscape } from './escape'
import { NAME, parseReference } from './reference-syntax'
import { Scanner } from './scanner'

/** RE2 refuses larger counted repetitions. */
export const MAX_REPEAT = 1000
/** RE2's default nesting limit; it also keeps the recursive walks of the tree shallow. */
export const MAX_NESTING = 1000

interface Flags {
  fold: boolean
  multiline: boolean
  dotAll: boolean
  ungreedy: boolean
}

/** `(?x` openings RE2 refuses although other engines know them, with what to say. */
const FOREIGN_GROUPS: readonly [string, string][] = [
  ['(?=', 'look-ahead is not supported'],
  ['(?!', 'negative look-ahead is not supported'],
  ['(?<=', 'look-behind is not supported'],
  ['(?<!', 'negative look-behind is not supported'],
  ['(?>', 'atomic groups are not supported'],
  ['(?P=', 'backreferences are not supported'],
  ['(?P>', 'recursion is not supported'],
  ['(?#', 'comments are not supported'],
  ['(?|', 'branch reset groups are not supported'],
  ['(?(', 'conditionals are not supported'],
  ["(?'", 'use (?P<name>…) for a named group'],
  ['(?&', 'recursion is not supported'],
  ['(?R', 'recursion is not supported'],
]

class Parser {
  private readonly sc: Scanner
  private depth = 0

  constructor(source: string, patternName: string | null) {
    this.sc = new Scanner(source, patternName)
  }

  parse(branches?: Span[]): ParsedNode {
    const node = this.alternation(this.defaultFlags(), branches)
    if (!this.sc.done) this.sc.fail('grok-syntax', 'unexpected )', this.sc.pos, 1)
    return node
  }

  private defaultFlags(): Flags {
    return { fold: false, multiline: false, dotAll: false, ungreedy: false }
  }

  /**
   * Branches up to an unmatched `)` or the end; `flags` is shared by the whole group. `spans`
   * receives each branch's source extent (bars excluded).
   */
  private alternation(flags: Flags, spans?: Span[]): ParsedNode {
    const start = this.sc.pos
    const branches = [this.concatenation(flags)]
    spans?.push({ start, end: this.sc.pos })
    while (this.sc.peek() === '|') {
      this.sc.pos += 1
      const branchStart = this.sc.pos
      branches.push(this.concatenation(flags))
      spans?.push({ start: branchStart, end: this.sc.pos })
    }
    if (branches.length === 1) return branches[0] as ParsedNode
    return { kind: 'alt', branches, start, end: this.sc.pos }
  }

  private concatenation(flags: Flags): ParsedNode {
    const start = this.sc.pos
    const items: ParsedNode[] = []
    while (!this.sc.done && this.sc.peek() !== '|' && this.sc.peek() !== ')') {
      const atomStart = this.sc.pos
      const atom = this.atom(flags)
      if (atom === null) continue
      items.push(this.repetitions(atom, atomStart, flags))
    }
    if (items.length === 0) return { kind: 'empty', start, end: start }
    if (items.length === 1) return items[0] as ParsedNode
    return { kind: 'concat', items, start, end: this.sc.pos }
  }

  /** Parses `{n}`, `{n,}`, `{n,m}` at `sc.pos`; null when the brace is a literal, as in RE2. */
  private counted(): { min: number; max: number; length: number } | null {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.sc.source.slice(this.sc.pos, this.sc.pos + 24))
    if (!match) return null
    const min = Number(match[1])
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])
    return { min, max, length: match[0].length }
  }

  private repetitionAhead(): boolean {
    const char = this.sc.peek()
    return char === '*' || char === '+' || char === '?' || (char === '{' && this.counted() !== null)
  }

  private repetitions(atom: ParsedNode, atomStart: number, flags: Flags): ParsedNode {
    if (!this.repetitionAhead()) return atom
    const opStart = this.sc.pos
    const char = this.sc.peek()
    let min: number
    let max: number
    if (char === '{') {
      const count = this.counted() as { min: number; max: number; length: number }
      if (count.min > MAX_REPEAT || (count.max !== Infinity && count.max > MAX_REPEAT)) {
        this.sc.fail('grok-syntax', `repetition count above ${MAX_REPEAT}`, opStart, count.length)
      }
      if (count.max < count.min) {
        this.sc.fail('grok-syntax', 'repetition maximum below its minimum', opStart, count.length)
      }
      ;({ min, max } = count)
      this.sc.pos += count.length
    } else {
      min = char === '+' ? 1 : 0
      max = char === '?' ? 1 : Infinity
      this.sc.pos += 1
    }
    let greedy = !flags.ungreedy
    if (this.sc.peek() === '?') {
      greedy = !greedy
      this.sc.pos += 1
    }
    if (this.sc.peek() === '+') {
      this.sc.fail(
        'grok-unsupported',
        'possessive quantifiers are not supported',
        opStart,
        this.sc.pos + 1 - opStart,
      )
    }
    if (this.repetitionAhead()) {
      this.sc.fail(
        'grok-syntax',
        'a repetition cannot be repeated',
        opStart,
        this.sc.pos + 1 - opStart,
      )
    }
    return { kind: 'repeat', body: atom, min, max, greedy, start: atomStart, end: this.sc.pos }
  }

  private char(set: CharSet, flags: Flags, start: number): ParsedNode {
    return { kind: 'char', set: flags.fold ? foldCase(set) : set, start, end: this.sc.pos }
  }

  /** One atom, or null for a flag group like `(?i)` that only changes flags. */
  private atom(flags: Flags): ParsedNode | null {
    const sc: Scanner = this.sc
    const start = sc.pos
    const char = sc.peek()
    switch (char) {
      case '(':
        return this.group(flags)
      case '[':
        return { kind: 'char', set: parseClass(sc, flags.fold), start, end: sc.pos }
      case '.':
        sc.pos += 1
        return { kind: 'char', set: flags.dotAll ? ALL_SET : NOT_NEWLINE, start, end: sc.pos }
      case '^':
        sc.pos += 1
        return {
          kind: 'assert',
          assertion: flags.multiline ? 'line-start' : 'text-start',
          start,
          end: sc.pos,
        }
      case '$':
        sc.pos += 1
        return {
          kind: 'assert',
          assertion: flags.multiline ? 'line-end' : 'text-end',
          start,
          end: sc.pos,
        }
      case '\\':
        return this.escape(flags)
      case '*':
      case '+':
      case '?':
        return sc.fail('grok-syntax', `missing argument to repetition operator ${char}`, start, 1)
      case '{':
        if (this.counted())
          sc.fail('grok-syntax', 'missing argument to repetition operator', start, 1)
        break
      case '%':
        if (sc.peek(1) === '{') return parseReference(sc)
        break
    }
    return this.char(singleton(sc.nextCodePoint()), flags, start)
  }

  private escape(flags: Flags): ParsedNode {
    const start = this.sc.pos
    const parsed = parseEscape(this.sc, false)
    switch (parsed.kind) {
      case 'code-point':
        return this.char(singleton(parsed.value), flags, start)
      case 'set':
        return this.char(parsed.set, flags, start)
      case 'assert':
        return { kind: 'assert', assertion: parsed.assertion, start, end: this.sc.pos }
      case 'quote': {
        const items: ParsedNode[] = [...parsed.text].map((text) => ({
          kind: 'char',
          set: flags.fold
            ? foldCase(singleton(text.codePointAt(0) ?? 0))
            : singleton(text.codePointAt(0) ?? 0),
          start,
          end: this.sc.pos,
        }))
        if (items.length === 0) return { kind: 'empty', start, end: this.sc.pos }
        return items.length === 1
          ? (items[0] as ParsedNode)
          : { kind: 'concat', items, start, end: this.sc.pos }
      }
    }
  }

  private group(flags: Flags): ParsedNode | null {
    const sc: Scanner = this.sc
    const start = sc.pos
    for (const [opening, message] of FOREIGN_GROUPS) {
      if (sc.startsWith(opening)) sc.fail('grok-unsupported', message, start, opening.length)
    }
    let name: string | null = null
    let inner = flags
    if (sc.startsWith('(?P<') || sc.startsWith('(?<')) {
      const nameStart = sc.source.indexOf('<', start) + 1
      const close = sc.source.indexOf('>', nameStart)
      name = close < 0 ? '' : sc.source.slice(nameStart, close)
      if (!NAME.test(name))
        sc.fail(
          'grok-syntax',
          'invalid or unterminated group name',
          start,
          Math.max(nameStart - start, close + 1 - start),
        )
      sc.pos = close + 1
      inner = { ...flags }
    } else if (sc.startsWith('(?')) {
      const match = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(
        sc.source.slice(start, start + 40),
      )
      if (!match) sc.fail('grok-syntax', 'invalid group', start, 2)
      const [whole, on = '', off, terminator] = match
      const flagStart = start + 2
      if (on.includes('x') || off?.includes('x'))
        sc.fail('grok-unsupported', 'the x (verbose) flag is not supported', start, whole.length)
      const bad = /[^imsU]/.exec(on + (off ?? ''))
      if (bad) sc.fail('grok-syntax', `unknown flag ${bad[0]}`, flagStart, whole.length - 2)
      if (off === '' || (terminator === ')' && on === '' && off === undefined)) {
        sc.fail('grok-syntax', 'missing flags', start, whole.length)
      }
      const target = terminator === ')' ? flags : { ...flags }
      for (const [letters, value] of [
        [on, true],
        [off ?? '', false],
      ] as const) {
        if (letters.includes('i')) target.fold = value
        if (letters.includes('m')) target.multiline = value
        if (letters.includes('s')) target.dotAll = value
        if (letters.includes('U')) target.ungreedy = value
      }
      sc.pos = start + whole.length
      if (terminator === ')') return null
      inner = target
    } else {
      sc.pos += 1
      inner = { ...flags }
    }
    if (++this.depth > MAX_NESTING)
      sc.fail('grok-syntax', `groups nested deeper than ${MAX_NESTING}`, start, 1)
    const body = this.alternation(inner)
    this.depth--
    if (sc.peek() !== ')') sc.fail('grok-syntax', 'missing )', start, 1)
    sc.pos += 1
    if (name === null) return body
    return { kind: 'capture', name, body, start, end: sc.pos }
  }
}

/** Parses one pattern's source; errors name `patternName` (null for the main pattern). */
export function parsePattern(source: string, patternName: string | null): ParsedNode {
  return new Parser(source, patternName).parse()
}

/** Parses the main pattern and reports the source extent of each top-level alternative. */
export function parseMainPattern(source: string): { tree: ParsedNode; branches: Span[] } {
  const branches: Span[] = []
  const tree = new Parser(source, null).parse(branches)
  return { tree, branches }
}

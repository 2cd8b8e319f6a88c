// Backslash escapes and bracket classes, RE2 spelling. Constructs other engines have and RE2 lacks
// are 'grok-unsupported'; anything else RE2 would refuse is 'grok-syntax'.

import type { Assertion } from './ast'
import { foldCase } from './casefold'
import {
  type CharSet,
  MAX_CODE_POINT,
  negate,
  normalize,
  PERL_CLASSES,
  POSIX_CLASSES,
  singleton,
  union,
} from './charset'
import type { Scanner } from './scanner'
import { unicodeClass } from './unicode-classes'

export type Escape =
  | { kind: 'code-point'; value: number }
  | { kind: 'set'; set: CharSet }
  | { kind: 'assert'; assertion: Assertion }
  | { kind: 'quote'; text: string }

const CONTROL_ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  f: 0x0c,
  t: 0x09,
  n: 0x0a,
  r: 0x0d,
  v: 0x0b,
}

const FOREIGN_ESCAPES: Readonly<Record<string, string>> = {
  Z: 'use \\z for the end of the text',
  G: '\\G is not supported',
  K: '\\K is not supported',
  X: '\\X is not supported',
  R: '\\R is not supported',
  h: '\\h is not supported',
  H: '\\H is not supported',
  N: '\\N is not supported',
  V: '\\V is not supported',
  e: '\\e is not supported, use \\x1b',
  c: 'control escapes \\cX are not supported',
  g: 'backreferences are not supported',
  k: 'backreferences are not supported',
  u: 'use \\x{…} for a code point',
  U: 'use \\x{…} for a code point',
  l: 'case-changing escapes are not supported',
  L: 'case-changing escapes are not supported',
  C: '\\C (any byte) is not supported',
}

const HEX = /^[0-9A-Fa-f]$/
const OCTAL = /^[0-7]$/

function isWordChar(char: string): boolean {
  return /^[A-Za-z0-9_]$/.test(char)
}

function hexDigits(sc: Scanner, escapeStart: number): number {
  if (sc.peek() === '{') {
    const close = sc.source.indexOf('}', sc.pos)
    const digits = close < 0 ? '' : sc.source.slice(sc.pos + 1, close)
    if (!/^[0-9A-Fa-f]{1,8}$/.test(digits) || Number.parseInt(digits, 16) > MAX_CODE_POINT) {
      sc.fail(
        'grok-syntax',
        'invalid \\x{…} escape',
        escapeStart,
        Math.max(2, close + 1 - escapeStart),
      )
    }
    sc.pos = close + 1
    return Number.parseInt(digits, 16)
  }
  const digits = sc.source.slice(sc.pos, sc.pos + 2)
  if (digits.length < 2 || !HEX.test(digits.charAt(0)) || !HEX.test(digits.charAt(1))) {
    sc.fail('grok-syntax', 'invalid \\x escape: two hex digits expected', escapeStart, 2)
  }
  sc.pos += 2
  return Number.parseInt(digits, 16)
}

function unicodeEscape(sc: Scanner, negated: boolean, escapeStart: number): CharSet {
  let name: string
  if (sc.peek() === '{') {
    const close = sc.source.indexOf('}', sc.pos)
    if (close < 0) sc.fail('grok-syntax', 'missing } in \\p{…}', escapeStart, 2)
    name = sc.source.slice(sc.pos + 1, close)
    sc.pos = close + 1
  } else {
    if (sc.done) sc.fail('grok-syntax', 'missing Unicode class name after \\p', escapeStart, 2)
    name = sc.peek()
    sc.pos += 1
  }
  let negate_ = negated
  if (name.startsWith('^')) {
    negate_ = !negate_
    name = name.slice(1)
  }
  const set = unicodeClass(name)
  if (!set) {
    sc.fail('grok-syntax', `unknown Unicode class ${name}`, escapeStart, sc.pos - escapeStart)
  }
  return negate_ ? negate(set) : set
}

/**
 * Reads the escape whose backslash is at `sc.pos`. Inside a class only characters and sets are
 * allowed.
 */
export function parseEscape(sc: Scanner, inClass: boolean): Escape {
  const start = sc.pos
  sc.pos += 1
  if (sc.done) sc.fail('grok-syntax', 'trailing backslash', start, 1)
  const char = sc.peek()
  const code = char.charCodeAt(0)
  sc.pos += 1
  if (char in CONTROL_ESCAPES) return { kind: 'code-point', value: CONTROL_ESCAPES[char] as number }
  if (char in PERL_CLASSES) return { kind: 'set', set: PERL_CLASSES[char] as CharSet }
  if (char === 'p' || char === 'P')
    return { kind: 'set', set: unicodeEscape(sc, char === 'P', start) }
  if (char === 'x') return { kind: 'code-point', value: hexDigits(sc, start) }
  if (char === '0' || (OCTAL.test(char) && OCTAL.test(sc.peek()))) {
    let digits = char
    while (digits.length < 3 && OCTAL.test(sc.peek())) {
      digits += sc.peek()
      sc.pos += 1
    }
    return { kind: 'code-point', value: Number.parseInt(digits, 8) }
  }
  if (char >= '1' && char <= '9') {
    sc.fail('grok-unsupported', 'backreferences are not supported', start, 2)
  }
  if (!inClass) {
    if (char === 'A') return { kind: 'assert', assertion: 'text-start' }
    if (char === 'z') return { kind: 'assert', assertion: 'text-end' }
    if (char === 'b') return { kind: 'assert', assertion: 'word-boundary' }
    if (char === 'B') return { kind: 'assert', assertion: 'not-word-boundary' }
    if (char === 'Q') {
      const end = sc.source.indexOf('\\E', sc.pos)
      const text = sc.source.slice(sc.pos, end < 0 ? undefined : end)
      sc.pos = end < 0 ? sc.source.length : end + 2
      return { kind: 'quote', text }
    }
  }
  if (code < 0x80 && !isWordChar(char)) return { kind: 'code-point', value: code }
  const foreign = FOREIGN_ESCAPES[char]
  if (foreign !== undefined) sc.fail('grok-unsupported', foreign, start, 2)
  sc.fail('grok-syntax', `invalid escape \\${char}`, start, 2)
}

/** One member of a class: a single code point (which may start a range) or a whole set. */
function classAtom(sc: Scanner): Escape {
  if (sc.peek() === '\\') return parseEscape(sc, true)
  return { kind: 'code-point', value: sc.nextCodePoint() }
}

function posixClass(sc: Scanner): CharSet | null {
  const match = /^\[:(\^?)([a-z]+):\]/.exec(sc.source.slice(sc.pos, sc.pos + 16))
  if (!match) return null
  const set = POSIX_CLASSES[match[2] as string]
  if (!set) sc.fail('grok-syntax', `unknown POSIX class ${match[2]}`, sc.pos, match[0].length)
  sc.pos += match[0].length
  return match[1] ? negate(set) : set
}

/** Reads `[...]` starting at `sc.pos`; `fold` applies the i flag before any negation, as RE2 does. */
export function parseClass(sc: Scanner, fold: boolean): CharSet {
  const start = sc.pos
  sc.pos += 1
  const negated = sc.peek() === '^'
  if (negated) sc.pos += 1
  const parts: CharSet[] = []
  let first = true
  for (;;) {
    if (sc.done) sc.fail('grok-syntax', 'missing ] at the end of a character class', start, 1)
    if (sc.peek() === ']' && !first) break
    first = false
    const posix = sc.peek() === '[' ? posixClass(sc) : null
    if (posix) {
      parts.push(posix)
      continue
    }
    const atomStart = sc.pos
    const atom = classAtom(sc)
    if (atom.kind !== 'code-point') {
      if (atom.kind === 'set') parts.push(atom.set)
      continue
    }
    if (sc.peek() === '-' && sc.peek(1) !== ']' && sc.peek(1) !== '') {
      sc.pos += 1
      const high = classAtom(sc)
      if (high.kind !== 'code-point' || high.value < atom.value) {
        sc.fail('grok-syntax', 'bad character class range', atomStart, sc.pos - atomStart)
      }
      parts.push([atom.value, high.value])
    } else {
      parts.push(singleton(atom.value))
    }
  }
  sc.pos += 1
  const set = normalize(union(...parts))
  const folded = fold ? foldCase(set) : set
  return negated ? negate(folded) : folded
}

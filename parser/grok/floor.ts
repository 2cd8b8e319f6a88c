// The whole pattern as one plain JavaScript RegExp (leftmost-first, capturing groups in the same
// order). It is not the platform's semantics; the benchmark uses it as the speed floor to beat.

import type { RegexNode } from './ast'
import { type CharSet, MAX_CODE_POINT } from './charset'

function codePoint(value: number): string {
  return /^[A-Za-z0-9]$/.test(String.fromCodePoint(value))
    ? String.fromCodePoint(value)
    : `\\u{${value.toString(16)}}`
}

function charClass(set: CharSet): string {
  if (set.length === 2 && set[0] === set[1]) return codePoint(set[0] as number)
  if (set.length === 2 && set[0] === 0 && set[1] === MAX_CODE_POINT) return '[^]'
  let body = ''
  for (let i = 0; i < set.length; i += 2) {
    const lo = set[i] as number
    const hi = set[i + 1] as number
    body += lo === hi ? codePoint(lo) : `${codePoint(lo)}-${codePoint(hi)}`
  }
  return `[${body}]`
}

function atom(node: RegexNode): string {
  const text = translate(node)
  return node.kind === 'char' || node.kind === 'capture' || node.kind === 'alt'
    ? text
    : `(?:${text})`
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*'
  if (min === 1 && max === Infinity) return '+'
  if (min === 0 && max === 1) return '?'
  if (max === Infinity) return `{${min},}`
  return min === max ? `{${min}}` : `{${min},${max}}`
}

function translate(node: RegexNode): string {
  switch (node.kind) {
    case 'empty':
      return '(?:)'
    case 'char':
      return charClass(node.set)
    case 'assert':
      switch (node.assertion) {
        case 'text-start':
          return '^'
        case 'text-end':
          return '$'
        case 'line-start':
          return '(?<![^\\n])'
        case 'line-end':
          return '(?![^\\n])'
        case 'word-boundary':
          return '\\b'
        case 'not-word-boundary':
          return '\\B'
      }
      break
    case 'concat':
      return node.items.map(translate).join('')
    case 'alt':
      return `(?:${node.branches.map(translate).join('|')})`
    case 'capture':
      return `(${translate(node.body)})`
    case 'repeat':
      return `${atom(node.body)}${quantifier(node.min, node.max)}${node.greedy ? '' : '?'}`
  }
}

/** The rules as one JavaScript alternation, flags `du`. */
export function floorRegExp(rules: readonly RegexNode[]): RegExp {
  return new RegExp(rules.map(translate).join('|'), 'du')
}

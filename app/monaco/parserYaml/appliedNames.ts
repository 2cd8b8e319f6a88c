// The filter (after `|`) or test (after `is`, `is not`) a template applies at a place: where its
// name is, or the part of it typed so far.

import type { Span } from './outline'

export type AppliedKind = 'filter' | 'test'

export interface AppliedName {
  kind: AppliedKind
  span: Span
}

// `is` as a word of its own: not the end of `this`, nor an attribute `x.is`.
const APPLIED = /(?:(\|)\s*|(?<![\w.])is\s+(?:not\s+)?)(\w*)$/

/** Whether the end of `source` is inside a quoted string literal. */
function inString(source: string): boolean {
  let quote: string | null = null
  for (let at = 0; at < source.length; at++) {
    const char = source[at]
    if (quote === null) {
      if (char === '"' || char === "'") quote = char
    } else if (char === '\\') at++
    else if (char === quote) quote = null
  }
  return quote !== null
}

/** The filter or test name that ends at `offset` of the template `region`, if one does. */
export function appliedNameAt(text: string, region: Span, offset: number): AppliedName | null {
  const source = text.slice(region.start + 2, offset)
  const match = APPLIED.exec(source)
  if (!match || inString(source.slice(0, match.index))) return null
  const typed = match[2] ?? ''
  return {
    kind: match[1] === undefined ? 'test' : 'filter',
    span: { start: offset - typed.length, end: offset },
  }
}

/** The whole filter or test name `offset` is on (or just after), for its hover. */
export function appliedNameAround(text: string, region: Span, offset: number): AppliedName | null {
  let end = offset
  while (end < region.end && /\w/.test(text[end] ?? '')) end++
  const applied = appliedNameAt(text, region, end)
  if (!applied || applied.span.start === applied.span.end || applied.span.start > offset) {
    return null
  }
  return applied
}

// Jinja2 regions (`{{ … }}`, `{% … %}`) in the scalars a parser.yml renders as templates, and the
// dotted expression being typed in one: what template completion works from.

import { type ParserOutline, patternValues, type Span, within } from './outline'

const OPENERS: Readonly<Record<string, string>> = { '{{': '}}', '{%': '%}' }

/** The template regions within `window` of `text`; one left open runs to the window's end. */
export function templateRegions(text: string, window: Span): Span[] {
  const regions: Span[] = []
  let at = window.start
  while (at < window.end) {
    const open = text.slice(at, window.end).search(/\{[{%]/)
    if (open < 0) break
    const start = at + open
    const closer = OPENERS[text.slice(start, start + 2)] ?? '}}'
    const close = text.indexOf(closer, start + 2)
    const end = close < 0 || close + 2 > window.end ? window.end : close + 2
    regions.push({ start, end })
    at = end
  }
  return regions
}

function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  return { start, end: newline < 0 ? text.length : newline }
}

function inGrokPattern(outline: ParserOutline, offset: number): boolean {
  return outline.grokSteps.some((step) => patternValues(step).some((span) => within(span, offset)))
}

/**
 * The template region the offset is in, if any. The offset's line is searched too: while a template
 * is being typed its YAML is often broken and the scalar holding it not yet found.
 */
export function templateRegionAt(
  text: string,
  outline: ParserOutline,
  offset: number,
): Span | null {
  if (inGrokPattern(outline, offset)) return null
  const line = lineAround(text, offset)
  const scalar = outline.templateScalars.find((span) => within(span, offset))
  const window = scalar
    ? { start: Math.min(scalar.start, line.start), end: Math.max(scalar.end, line.end) }
    : line
  return (
    templateRegions(text, window).find(
      (region) => region.start + 2 <= offset && (offset < region.end || region.end === window.end),
    ) ?? null
  )
}

export interface DottedExpression {
  /** The names before the last dot: `parsed_event.result.sou` → ['parsed_event', 'result']. */
  qualifier: string[]
  /** The part of the last name typed so far, and where it is. */
  partial: Span
}

const DOTTED = /(?:([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.)?(\w*)$/

/**
 * The dotted name that ends at `offset` within `region`; null when it continues a call or an item
 * access (`x.get(a).b`), whose members no outline knows.
 */
export function dottedExpressionAt(
  text: string,
  region: Span,
  offset: number,
): DottedExpression | null {
  const match = DOTTED.exec(text.slice(region.start + 2, offset))
  const partial = match?.[2] ?? ''
  const qualifier = match?.[1]
  const start = offset - partial.length - (qualifier === undefined ? 0 : qualifier.length + 1)
  if ('.)]'.includes(text[start - 1] ?? ' ')) return null
  return {
    qualifier: qualifier === undefined ? [] : qualifier.split('.'),
    partial: { start: offset - partial.length, end: offset },
  }
}

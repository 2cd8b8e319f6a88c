// Names that point somewhere in a parser.yml: a `%{NAME}` and its custom pattern, a capture name
// and where the pattern names it, a pipeline entry's `name` and its stage. What is under an
// offset, where it is defined, where it is used.

import { captureSites, templateCaptureAt, templateCaptures } from './captureSites'
import {
  type CustomPattern,
  type GrokStep,
  type Named,
  type ParserOutline,
  patternValues,
  type Span,
  within,
} from './outline'
import { type GrokReference, scanReferences } from './references'

export type NamedThing =
  | { kind: 'reference'; reference: GrokReference; step: GrokStep }
  | { kind: 'pattern'; pattern: CustomPattern; step: GrokStep }
  | { kind: 'pipeline entry'; named: Named }
  | { kind: 'stage'; named: Named }
  /** A capture name: read by a template, or given by `%{NAME:name}` or `(?P<name>…)`. */
  | { kind: 'capture'; name: string; step: GrokStep; span: Span }

/** Every `%{…}` in a step's pattern and custom pattern values, with document spans. */
export function stepReferences(text: string, step: GrokStep): GrokReference[] {
  return patternValues(step).flatMap((value) =>
    scanReferences(text.slice(value.start, value.end), value.start),
  )
}

export function symbolAt(text: string, outline: ParserOutline, offset: number): NamedThing | null {
  for (const step of outline.grokSteps) {
    if (!within(step.span, offset)) continue
    const reference = stepReferences(text, step).find((found) => within(found.span, offset))
    const field = reference?.fieldSpan
    if (reference?.field && field && within(field, offset)) {
      return { kind: 'capture', name: reference.field, step, span: field }
    }
    if (reference) return { kind: 'reference', reference, step }
    const pattern = step.customPatterns.find((custom) => within(custom.key, offset))
    if (pattern) return { kind: 'pattern', pattern, step }
    const site = captureSites(text, step).find((found) => within(found.span, offset))
    if (site) return { kind: 'capture', name: site.name, step, span: site.span }
  }
  const capture = templateCaptureAt(text, outline, offset)
  if (capture) return { kind: 'capture', ...capture }
  const entry = outline.pipelineNames.find((named) => within(named.span, offset))
  if (entry) return { kind: 'pipeline entry', named: entry }
  const stage = outline.stages.find((named) => within(named.span, offset))
  return stage ? { kind: 'stage', named: stage } : null
}

/**
 * Where the symbol at `offset` is defined: a custom pattern's key, a stage's key, the first place
 * the step names a capture.
 */
export function definitionAt(text: string, outline: ParserOutline, offset: number): Span | null {
  const symbol = symbolAt(text, outline, offset)
  if (symbol?.kind === 'reference') {
    const name = symbol.reference.name
    return symbol.step.customPatterns.find((pattern) => pattern.name === name)?.key ?? null
  }
  if (symbol?.kind === 'pipeline entry') {
    return outline.stages.find((stage) => stage.name === symbol.named.name)?.span ?? null
  }
  if (symbol?.kind === 'capture') {
    return captureSites(text, symbol.step).find((site) => site.name === symbol.name)?.span ?? null
  }
  return null
}

/** Where the step names capture `name`, then where templates read it. */
function captureUsages(text: string, outline: ParserOutline, step: GrokStep, name: string): Span[] {
  const sites = captureSites(text, step).filter((site) => site.name === name)
  const reads = templateCaptures(text, outline).filter(
    (capture) => capture.step === step && capture.name === name,
  )
  return [...sites, ...reads].map((found) => found.span)
}

/** Where the name at `offset` is used, its definition first when asked for. */
export function usagesAt(
  text: string,
  outline: ParserOutline,
  offset: number,
  includeDefinition: boolean,
): Span[] {
  const symbol = symbolAt(text, outline, offset)
  if (symbol?.kind === 'capture') return captureUsages(text, outline, symbol.step, symbol.name)
  if (symbol?.kind === 'reference' || symbol?.kind === 'pattern') {
    const name = symbol.kind === 'reference' ? symbol.reference.name : symbol.pattern.name
    const definition = symbol.step.customPatterns.find((pattern) => pattern.name === name)?.key
    const uses = stepReferences(text, symbol.step)
      .filter((reference) => reference.name === name)
      .map((reference) => reference.nameSpan)
    return includeDefinition && definition ? [definition, ...uses] : uses
  }
  if (symbol?.kind === 'pipeline entry' || symbol?.kind === 'stage') {
    const name = symbol.named.name
    const definition = outline.stages.find((stage) => stage.name === name)?.span
    const uses = outline.pipelineNames.filter((named) => named.name === name).map((n) => n.span)
    return includeDefinition && definition ? [definition, ...uses] : uses
  }
  return []
}

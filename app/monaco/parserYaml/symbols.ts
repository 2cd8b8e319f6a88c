// The parser.yml's outline as a tree of symbols (Monaco's Go to Symbol and breadcrumbs): each grok
// step with its custom patterns, then each stage.

import type { ParserOutline, Span } from './outline'

export interface OutlineSymbol {
  name: string
  kind: 'grok step' | 'custom pattern' | 'stage'
  detail: string
  /** All of it. */
  span: Span
  /** Its name. */
  selection: Span
  children: OutlineSymbol[]
}

export function outlineSymbols(outline: ParserOutline): OutlineSymbol[] {
  const steps = outline.grokSteps.map((step): OutlineSymbol => {
    const name = outline.pipelineNames.find(
      (named) => step.span.start <= named.span.start && named.span.end <= step.span.end,
    )
    return {
      name: step.name ?? 'grok.match',
      kind: 'grok step',
      detail: `captures under ${step.name ?? '…'}.${step.outputField}`,
      span: step.span,
      selection: name?.span ?? step.span,
      children: step.customPatterns.map((pattern) => ({
        name: pattern.name,
        kind: 'custom pattern',
        detail: pattern.pattern,
        span: { start: pattern.key.start, end: pattern.value.end },
        selection: pattern.key,
        children: [],
      })),
    }
  })
  const stages = outline.stages.map(
    (stage): OutlineSymbol => ({
      name: stage.name,
      kind: 'stage',
      detail: `sets ${stage.fields.length} field${stage.fields.length === 1 ? '' : 's'}`,
      span: stage.extent,
      selection: stage.span,
      children: [],
    }),
  )
  return [...steps, ...stages]
}

// Capture names as places in a parser.yml: where a grok step names a capture (`%{IP:source_ip}`,
// `(?P<action>…)`) and where templates read one (`parsed_event.result.source_ip`).

import { type GrokStep, type ParserOutline, patternValues, type Span, within } from './outline'
import { scanNamedGroups, scanReferences } from './references'
import { templateRegions } from './templates'

export interface CaptureSite {
  name: string
  span: Span
}

/** Where the step's own pattern and custom patterns name captures, in document order. */
export function captureSites(text: string, step: GrokStep): CaptureSite[] {
  const sites = patternValues(step).flatMap((value) => {
    const source = text.slice(value.start, value.end)
    const fields = scanReferences(source, value.start).flatMap((reference) =>
      reference.field !== null && reference.fieldSpan
        ? [{ name: reference.field, span: reference.fieldSpan }]
        : [],
    )
    return [...fields, ...scanNamedGroups(source, value.start)]
  })
  return sites.sort((a, b) => a.span.start - b.span.start)
}

export interface TemplateCapture {
  step: GrokStep
  name: string
  /** The capture name in the template. */
  span: Span
}

// `<step>.<output_field>.<capture>` as a whole name, not a member of something before it.
const CAPTURE_PATH = /(?<![\w.)\]])([A-Za-z_]\w*)\.([A-Za-z_]\w*)\.([A-Za-z_]\w*)/g

/** Every capture read in the templates of the outline, by the grok step it reads from. */
export function templateCaptures(text: string, outline: ParserOutline): TemplateCapture[] {
  const captures: TemplateCapture[] = []
  for (const scalar of outline.templateScalars) {
    for (const region of templateRegions(text, scalar)) {
      for (const match of text.slice(region.start, region.end).matchAll(CAPTURE_PATH)) {
        const [whole, layer, field, name = ''] = match
        const step = outline.grokSteps.find((s) => s.name === layer && s.outputField === field)
        const end = region.start + match.index + whole.length
        if (step) captures.push({ step, name, span: { start: end - name.length, end } })
      }
    }
  }
  return captures
}

/** The capture read by a template at `offset`, if the offset is on its name. */
export function templateCaptureAt(
  text: string,
  outline: ParserOutline,
  offset: number,
): TemplateCapture | null {
  return templateCaptures(text, outline).find((capture) => within(capture.span, offset)) ?? null
}

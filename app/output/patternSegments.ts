// Splits a grok pattern into plain text and the parts that name a field (`%{IP:source_ip}`,
// `(?P<event_action>`), so the Rule tab can colour the parts that captured something on this line.

export interface PatternSegment {
  text: string
  /** The field this part captures into, null for plain pattern text. */
  field: string | null
}

const FIELD_REFERENCE = /%\{\w+:([\w.@[\]-]+)(?::\w+)?\}|\(\?P?<(\w+)>/g

export function patternSegments(source: string): PatternSegment[] {
  const segments: PatternSegment[] = []
  let last = 0
  for (const match of source.matchAll(FIELD_REFERENCE)) {
    const field = match[1] ?? match[2] ?? null
    if (match.index > last) segments.push({ text: source.slice(last, match.index), field: null })
    segments.push({ text: match[0], field })
    last = match.index + match[0].length
  }
  if (last < source.length) segments.push({ text: source.slice(last), field: null })
  return segments
}

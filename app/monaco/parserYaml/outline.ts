// Where things are in a parser.yml: its grok steps with their patterns and custom patterns, its
// pipeline entries and stages, and the scalars that hold templates. Read from the `yaml` package's
// document, which keeps what it can of a broken file, so a half-typed definition still has an outline.

import { isMap, isScalar, isSeq, type Node, parseDocument, visit, type YAMLMap } from 'yaml'

/** A stretch of the document text, as offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

export interface Named {
  name: string
  span: Span
}

/** A stage of actions under `stages`. */
export interface Stage extends Named {
  /** From its key to the end of its actions. */
  extent: Span
  /** The dotted fields its `set` actions write: what its layer holds (dialect.md). */
  fields: string[]
}

export interface CustomPattern {
  name: string
  /** The key `NAME` of the definition. */
  key: Span
  /** The value as written (quotes included), where its references are. */
  value: Span
  /** The value as YAML reads it: the regex the engine compiles. */
  pattern: string
}

/** A `grok.match` entry of the pipeline (dialect.md). */
export interface GrokStep {
  /** The entry's `name`: the layer templates read the captures from. */
  name: string | null
  /** Where the captures land in the step's layer; the platform's default is `message`. */
  outputField: string
  /** The whole pipeline entry. */
  span: Span
  pattern: { text: string; value: Span } | null
  customPatterns: CustomPattern[]
}

export interface ParserOutline {
  grokSteps: GrokStep[]
  /** Every pipeline entry's `name` value. */
  pipelineNames: Named[]
  /** The stages under `stages`, by key. */
  stages: Stage[]
  /** Scalars rendered as templates: stage action values and filters, as written. */
  templateScalars: Span[]
}

const DEFAULT_OUTPUT_FIELD = 'message'

/** Whether `offset` is in `span` or at either end of it (where a cursor after a name still is). */
export const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end

/** The text of a step's `pattern` and of its custom patterns' values: where its regexes are written. */
export function patternValues(step: GrokStep): Span[] {
  return [
    ...(step.pattern ? [step.pattern.value] : []),
    ...step.customPatterns.map((pattern) => pattern.value),
  ]
}

function spanOf(node: Node | null | undefined): Span | null {
  const range = node?.range
  return range ? { start: range[0], end: range[1] } : null
}

function entryOf(node: unknown, key: string): Node | null {
  if (!isMap(node)) return null
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === key) return isNodeValue(pair.value)
  }
  return null
}

function isNodeValue(value: unknown): Node | null {
  return isMap(value) || isSeq(value) || isScalar(value) ? value : null
}

function stringOf(node: Node | null): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null
}

function customPatternsOf(node: Node | null): CustomPattern[] {
  if (!isMap(node)) return []
  const patterns: CustomPattern[] = []
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key : null
    const value = isScalar(pair.value) ? pair.value : null
    const keySpan = spanOf(key)
    const valueSpan = spanOf(value)
    if (!key || !keySpan || !valueSpan) continue
    patterns.push({
      name: String(key.value),
      key: keySpan,
      value: valueSpan,
      pattern: value?.value == null ? '' : String(value.value),
    })
  }
  return patterns
}

function grokStepOf(entry: YAMLMap, span: Span): GrokStep | null {
  const external = entryOf(entry, 'external')
  const properties = entryOf(external, 'properties')
  const kind = stringOf(entryOf(external, 'name'))
  const pattern = entryOf(properties, 'pattern')
  if (kind !== 'grok.match' && !(kind === null && pattern)) return null
  const patternSpan = spanOf(pattern)
  return {
    name: stringOf(entryOf(entry, 'name')),
    outputField: stringOf(entryOf(properties, 'output_field')) ?? DEFAULT_OUTPUT_FIELD,
    span,
    pattern: patternSpan ? { text: stringOf(pattern) ?? '', value: patternSpan } : null,
    customPatterns: customPatternsOf(entryOf(properties, 'custom_patterns')),
  }
}

function valueScalars(node: Node | null): Span[] {
  const spans: Span[] = []
  if (!node) return spans
  visit(node, {
    Scalar(key, scalar) {
      const span = spanOf(scalar)
      if (key !== 'key' && span) spans.push(span)
    },
  })
  return spans
}

function setFields(stage: unknown): string[] {
  const actions = entryOf(stage, 'actions')
  const fields = new Set<string>()
  for (const action of isSeq(actions) ? actions.items : []) {
    const set = entryOf(action, 'set')
    for (const pair of isMap(set) ? set.items : []) {
      if (isScalar(pair.key)) fields.add(String(pair.key.value))
    }
  }
  return [...fields]
}

/** The outline of a parser.yml text; never throws: what cannot be read is left out. */
export function readOutline(text: string): ParserOutline {
  const root = parseDocument(text).contents
  const outline: ParserOutline = {
    grokSteps: [],
    pipelineNames: [],
    stages: [],
    templateScalars: [],
  }
  const pipeline = entryOf(root, 'pipeline')
  for (const entry of isSeq(pipeline) ? pipeline.items : []) {
    const span = isMap(entry) ? spanOf(entry) : null
    if (!isMap(entry) || !span) continue
    const nameNode = entryOf(entry, 'name')
    const name = stringOf(nameNode)
    const nameSpan = spanOf(nameNode)
    if (name !== null && nameSpan) outline.pipelineNames.push({ name, span: nameSpan })
    const step = grokStepOf(entry, span)
    if (step) outline.grokSteps.push(step)
    outline.templateScalars.push(...valueScalars(entryOf(entry, 'filter')))
  }
  const stages = entryOf(root, 'stages')
  if (isMap(stages)) {
    for (const pair of stages.items) {
      const span = isScalar(pair.key) ? spanOf(pair.key) : null
      if (!isScalar(pair.key) || !span) continue
      const end = (isMap(pair.value) ? spanOf(pair.value)?.end : undefined) ?? span.end
      outline.stages.push({
        name: String(pair.key.value),
        span,
        extent: { start: span.start, end },
        fields: setFields(pair.value),
      })
    }
    outline.templateScalars.push(...valueScalars(stages))
  }
  return outline
}

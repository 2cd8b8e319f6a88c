import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml'
import type { Diagnostic } from '../types'
import { readActions } from './actions'
import { diagnosticAt } from './position'
import type {
  GrokCustomPattern,
  ParserDefinition,
  Span,
  StageDefinition,
  StepDefinition,
  TextAt,
} from './types'
import { readYaml, spanOf, textAt, type YamlSource } from './yaml-source'
import { asNode, pairNamed, valueNode, yamlValue } from './yaml-value'

/** The first key of a map: where to point when something the map should hold is missing. */
function headOf(map: YAMLMap): Span {
  return spanOf(asNode(map.items[0]?.key), spanOf(map))
}

/** Collects the schema problems of one YAML file while it is read. */
export class SchemaReader {
  readonly diagnostics: Diagnostic[] = []

  constructor(readonly yaml: YamlSource) {}

  problem(at: Span, message: string): void {
    this.diagnostics.push(diagnosticAt(this.yaml, at.start, at.end, 'schema', message))
  }

  /** The map under `key`, or null (reported) when it is missing or not a map. */
  map(parent: YAMLMap, key: string, required: boolean): YAMLMap | null {
    const pair = pairNamed(parent, key)
    const node = valueNode(pair)
    if (isMap(node)) return node
    if (pair) this.problem(spanOf(node, spanOf(asNode(pair.key))), `'${key}' must be a mapping`)
    else if (required) this.problem(headOf(parent), `missing '${key}'`)
    return null
  }

  /** The string under `key`, or null (reported when required or present but not a string). */
  text(parent: YAMLMap, key: string, required: boolean): TextAt | null {
    const pair = pairNamed(parent, key)
    const node = valueNode(pair)
    const text = textAt(this.yaml, node)
    if (text) return text
    if (pair) this.problem(spanOf(node, spanOf(asNode(pair.key))), `'${key}' must be a string`)
    else if (required) this.problem(headOf(parent), `missing '${key}'`)
    return null
  }
}

// Real formats leave these out (the platform reads the raw message and files the captures under
// `message`, as `event.message.user_name` in their templates shows).
const DEFAULT_INPUT_FIELD = 'original.message'
const DEFAULT_OUTPUT_FIELD = 'message'
const REFERENCE_TEMPLATE = /^\{\{\s*([A-Za-z_][\w.]*)\s*\}\}$/

/** `input_field` as a path: real formats also spell it as the template `{{original.message}}`. */
function fieldReference(text: string): string {
  return REFERENCE_TEMPLATE.exec(text.trim())?.[1] ?? text
}

function readGrok(
  reader: SchemaReader,
  name: TextAt,
  filter: TextAt | null,
  external: YAMLMap,
): StepDefinition | null {
  const properties = reader.map(external, 'properties', true)
  if (!properties) return null
  const inputField = reader.text(properties, 'input_field', false)
  const outputField = reader.text(properties, 'output_field', false)
  const pattern = reader.text(properties, 'pattern', true)
  const customPatterns: Record<string, GrokCustomPattern> = {}
  const custom = reader.map(properties, 'custom_patterns', false)
  for (const pair of custom?.items ?? []) {
    const key = textAt(reader.yaml, asNode(pair.key))
    const value = textAt(reader.yaml, valueNode(pair))
    if (!key) reader.problem(spanOf(asNode(pair.key)), 'a custom pattern name must be a string')
    else if (!value)
      reader.problem(spanOf(valueNode(pair), key.span), `pattern '${key.value}' must be a string`)
    else customPatterns[key.value] = { key, pattern: value }
  }
  const broken =
    (pairNamed(properties, 'input_field') && !inputField) ||
    (pairNamed(properties, 'output_field') && !outputField)
  if (broken || !pattern) return null
  return {
    kind: 'grok',
    name,
    filter,
    inputField: inputField ? fieldReference(inputField.value) : DEFAULT_INPUT_FIELD,
    outputField: outputField?.value ?? DEFAULT_OUTPUT_FIELD,
    pattern,
    customPatterns,
  }
}

function externalIsEmpty(step: YAMLMap): boolean {
  const pair = pairNamed(step, 'external')
  if (!pair) return false
  const node = valueNode(pair)
  return node === null || (isScalar(node) && (node.value === null || node.value === ''))
}

function readStep(reader: SchemaReader, node: unknown): StepDefinition | null {
  if (!isMap(node)) {
    reader.problem(spanOf(asNode(node)), 'a pipeline entry must be a mapping with a name')
    return null
  }
  const name = reader.text(node, 'name', true)
  const filter = reader.text(node, 'filter', false)
  if (!name) return null
  // `external: null` (or empty) is written by real formats for a plain stage.
  if (externalIsEmpty(node)) return { kind: 'stage', name, filter }
  const external = reader.map(node, 'external', false)
  if (!external) return pairNamed(node, 'external') ? null : { kind: 'stage', name, filter }
  const kind = reader.text(external, 'name', true)
  if (!kind) return null
  if (kind.value !== 'grok.match') {
    reader.problem(kind.span, `unsupported external '${kind.value}' (this engine runs grok.match)`)
    return null
  }
  return readGrok(reader, name, filter, external)
}

function readStages(reader: SchemaReader, root: YAMLMap): Record<string, StageDefinition> {
  const stages: Record<string, StageDefinition> = {}
  const map = reader.map(root, 'stages', false)
  for (const pair of map?.items ?? []) {
    const name = textAt(reader.yaml, asNode(pair.key))
    const body = valueNode(pair)
    if (!name) {
      reader.problem(spanOf(asNode(pair.key)), 'a stage name must be a string')
      continue
    }
    if (!isMap(body)) {
      reader.problem(
        spanOf(body ?? asNode(pair.key)),
        `stage '${name.value}' must be a mapping with actions`,
      )
      continue
    }
    const actions = valueNode(pairNamed(body, 'actions'))
    if (!isSeq(actions)) {
      reader.problem(spanOf(actions ?? body), `stage '${name.value}': 'actions' must be a list`)
      continue
    }
    stages[name.value] = { name, actions: readActions(reader, actions) }
  }
  return stages
}

/** `ignored_values`, a list of strings (numbers as Python prints them), or [] when absent. */
function readIgnoredValues(reader: SchemaReader, root: YAMLMap): string[] {
  const pair = pairNamed(root, 'ignored_values')
  if (!pair) return []
  const node = valueNode(pair)
  const values = isSeq(node) ? node.items.map((item) => yamlValue(item)) : []
  const texts = values.flatMap((value) =>
    typeof value === 'string' || typeof value === 'number' ? [String(value)] : [],
  )
  if (!isSeq(node) || texts.length !== values.length)
    reader.problem(
      spanOf(node, spanOf(asNode(pair.key))),
      "'ignored_values' must be a list of strings",
    )
  return texts
}

/**
 * parser.yml as a definition. Problems are diagnostics; the definition is null when the YAML
 * is broken or its shape is too wrong to run (a missing pipeline, a malformed step or action).
 */
export function readDefinition(
  file: string,
  text: string,
): { definition: ParserDefinition | null; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = readYaml(file, text)
  if (!yaml.root) {
    if (diagnostics.length === 0)
      diagnostics.push(diagnosticAt(yaml, 0, 0, 'schema', 'parser.yml is empty'))
    return { definition: null, diagnostics }
  }
  const reader = new SchemaReader(yaml)
  if (!isMap(yaml.root)) {
    reader.problem(spanOf(yaml.root), 'parser.yml must be a mapping with a pipeline')
    return { definition: null, diagnostics: [...diagnostics, ...reader.diagnostics] }
  }
  const pipelineNode = valueNode(pairNamed(yaml.root, 'pipeline'))
  const pipeline: StepDefinition[] = []
  if (!isSeq(pipelineNode))
    reader.problem(spanOf(pipelineNode ?? yaml.root), "'pipeline' must be a list")
  for (const item of isSeq(pipelineNode) ? pipelineNode.items : []) {
    const step = readStep(reader, item)
    if (step) pipeline.push(step)
  }
  const stages = readStages(reader, yaml.root)
  const name = reader.text(yaml.root, 'name', false)
  const ignoredValues = readIgnoredValues(reader, yaml.root)
  const all = [...diagnostics, ...reader.diagnostics]
  const broken = reader.diagnostics.length > 0
  return {
    definition: broken
      ? null
      : { file, name: name?.value ?? null, ignoredValues, pipeline, stages },
    diagnostics: all,
  }
}

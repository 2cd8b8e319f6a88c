import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml'
import type { Value } from '../types'
import type { SchemaReader } from './definition'
import type { ActionDefinition, SetField, Span, TextAt, TranslateAction } from './types'
import { spanOf, textAt } from './yaml-source'
import { asNode, keyOf, pairNamed, valueNode, yamlValue } from './yaml-value'

const ACTION_KINDS = ['set', 'delete', 'translate'] as const
type ActionKind = (typeof ACTION_KINDS)[number]
const isActionKind = (key: string): key is ActionKind => ACTION_KINDS.some((kind) => kind === key)

function readSet(reader: SchemaReader, node: Node | null, at: Span): SetField[] | null {
  if (!isMap(node)) {
    reader.problem(spanOf(node, at), "'set' must map field names to values")
    return null
  }
  const fields: SetField[] = []
  for (const pair of node.items) {
    const field = textAt(reader.yaml, asNode(pair.key))
    const valueAt = valueNode(pair)
    if (!field) {
      reader.problem(spanOf(asNode(pair.key)), 'a field name must be a string')
      continue
    }
    const text = textAt(reader.yaml, valueAt)
    if (text) {
      fields.push({ field, value: { kind: 'text', text } })
      continue
    }
    const value = valueAt === null ? null : yamlValue(valueAt)
    if (value === undefined)
      reader.problem(spanOf(valueAt), `unsupported value for '${field.value}'`)
    else fields.push({ field, value: { kind: 'constant', value } })
  }
  return fields
}

function readFieldList(reader: SchemaReader, node: Node | null, at: Span): string[] | null {
  const names = isSeq(node) ? node.items.map((item) => textAt(reader.yaml, asNode(item))) : []
  if (!isSeq(node) || names.some((name) => name === null)) {
    reader.problem(spanOf(node, at), "'delete' must be a list of field names")
    return null
  }
  return names.flatMap((name) => (name ? [name.value] : []))
}

function readTranslate(
  reader: SchemaReader,
  node: Node | null,
  at: Span,
): Pick<TranslateAction, 'dictionary' | 'mapping' | 'fallback'> | null {
  if (!isMap(node)) {
    reader.problem(
      spanOf(node, at),
      "'translate' must be a mapping with a dictionary and a mapping",
    )
    return null
  }
  const dictionary = yamlValue(valueNode(pairNamed(node, 'dictionary')))
  const mappingNode = reader.map(node, 'mapping', true)
  const mapping: { source: string; target: string }[] = []
  for (const pair of mappingNode?.items ?? []) {
    const source = keyOf(pair)
    const target = textAt(reader.yaml, valueNode(pair))
    if (source === null || !target)
      reader.problem(
        spanOf(valueNode(pair), spanOf(mappingNode)),
        "'mapping' maps a source path to a field name",
      )
    else mapping.push({ source, target: target.value })
  }
  const fallbackPair = pairNamed(node, 'fallback')
  const fallback = fallbackPair ? yamlValue(valueNode(fallbackPair)) : undefined
  if (!isDictionary(dictionary)) {
    reader.problem(
      spanOf(valueNode(pairNamed(node, 'dictionary')), spanOf(node)),
      "'dictionary' must be a mapping",
    )
    return null
  }
  if (!mappingNode) return null
  return { dictionary, mapping, fallback }
}

function isDictionary(value: Value | undefined): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const TRANSLATE_KEYS: readonly (string | null)[] = ['dictionary', 'mapping', 'fallback']

/**
 * `translate:` left empty with its keys beside it, one indentation short: real formats (Apache)
 * write it so and the platform reads it as if the keys were under `translate`.
 */
function isFlatTranslate(node: YAMLMap): boolean {
  const pair = pairNamed(node, 'translate')
  if (!pair) return false
  const body = valueNode(pair)
  return body === null || (isScalar(body) && (body.value === null || body.value === ''))
}

function readAction(reader: SchemaReader, node: YAMLMap, index: number): ActionDefinition | null {
  const span = spanOf(node)
  const flatTranslate = isFlatTranslate(node)
  const keys = node.items.map((pair) => ({ key: keyOf(pair), at: spanOf(asNode(pair.key)) }))
  const unknown = keys.filter(
    ({ key }) =>
      key === null ||
      (key !== 'filter' && !isActionKind(key) && !(flatTranslate && TRANSLATE_KEYS.includes(key))),
  )
  for (const { key, at } of unknown) {
    reader.problem(at, `unknown action '${key ?? '?'}': an action is set, delete or translate`)
  }
  const kinds = keys.flatMap(({ key }) => (key !== null && isActionKind(key) ? [key] : []))
  if (unknown.length > 0) return null
  const kind = kinds[0]
  if (kind === undefined || kinds.length > 1) {
    reader.problem(span, 'an action is exactly one of set, delete or translate')
    return null
  }
  const filter: TextAt | null = reader.text(node, 'filter', false)
  const body = valueNode(pairNamed(node, kind))
  const keyAt = spanOf(asNode(pairNamed(node, kind)?.key))
  if (kind === 'set') {
    const fields = readSet(reader, body, keyAt)
    return fields && { kind, index, span, filter, fields }
  }
  if (kind === 'delete') {
    const fields = readFieldList(reader, body, keyAt)
    return fields && { kind, index, span, filter, fields }
  }
  const translate = readTranslate(reader, flatTranslate ? node : body, keyAt)
  return translate && { kind, index, span, filter, ...translate }
}

/** The actions of one stage; malformed ones are reported and left out. */
export function readActions(reader: SchemaReader, list: YAMLSeq): ActionDefinition[] {
  const actions: ActionDefinition[] = []
  list.items.forEach((item, index) => {
    const node = asNode(item)
    if (!isMap(node)) {
      reader.problem(spanOf(node), 'an action must be a mapping (set, delete or translate)')
      return
    }
    const action = readAction(reader, node, index)
    if (action) actions.push(action)
  })
  return actions
}

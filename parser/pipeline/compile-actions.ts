import { type FieldNode, fieldPath, renderedToValue } from '../ecs'
import type { ActionDefinition, SetField } from '../format'
import type { Value } from '../types'
import type { TextCompiler } from './compile-text'
import { type LayerNames, resolveReferences } from './references'
import type { CompiledAction, PrintedPath, SetSource } from './types'

// Compiling goes on after an error so that every error is reported; the caller discards the
// result as soon as `diagnostics` holds one, so what a failed piece compiles to does not matter.

/** What compiling the actions of one stage needs besides the actions. */
export interface ActionContext {
  texts: TextCompiler
  layers: LayerNames
  /** The event's fields: each target is written through its node. */
  fields: FieldNode
}

/** A constant as the platform writes it: YAML values as given, strings as a rendering would be. */
function constant(value: Value | undefined): SetSource {
  if (typeof value === 'string') {
    const written = renderedToValue(value)
    return {
      kind: 'constant',
      value: written,
      reason: value === '' ? 'the value is empty' : 'the value is None',
    }
  }
  return { kind: 'constant', value: value ?? undefined, reason: 'the value is None' }
}

/** A template's printed path, its container shared with the action's other reads in the same grok output. */
function printedPath(
  layers: LayerNames,
  path: readonly string[] | null | undefined,
  grokContainers: Map<string, readonly string[]>,
): PrintedPath | null {
  if (!path || path.length < 2) return null
  const container = path.slice(0, -1)
  const key = path[path.length - 1] as string
  const head = container[0] as string
  const inGrokOutput = layers.grokOutputs.has(head) && !layers.stages.has(head) && head !== 'final'
  if (!inGrokOutput) return { container, key }
  const name = container.join('.')
  const shared = grokContainers.get(name) ?? container
  grokContainers.set(name, shared)
  return { container: shared, key }
}

function compileSetField(
  context: ActionContext,
  { value }: SetField,
  grokContainers: Map<string, readonly string[]>,
): SetSource | null {
  if (value.kind === 'constant') return constant(value.value === null ? undefined : value.value)
  const compiled = context.texts.compile(value.text)
  if (!compiled) return null
  if (compiled.kind === 'constant') return constant(compiled.rendered)
  const { template } = compiled
  const references = resolveReferences(template.references, context.layers)
  const printed = printedPath(context.layers, template.printedPath, grokContainers)
  return { kind: 'template', template, references, printed }
}

export function compileAction(
  context: ActionContext,
  stage: string,
  action: ActionDefinition,
): CompiledAction {
  const filter = action.filter && context.texts.compile(action.filter)
  const base = { stage, index: action.index, filter }
  if (action.kind === 'delete')
    return {
      kind: 'delete',
      ...base,
      fields: action.fields.map((field) => context.fields.at(field)),
    }
  if (action.kind === 'translate') {
    const mapping = action.mapping.map(({ source, target }) => ({
      source: fieldPath(source),
      target: context.fields.at(target),
      references: resolveReferences([source], context.layers),
    }))
    const dictionary = new Map(Object.entries(action.dictionary))
    return { kind: 'translate', ...base, dictionary, mapping, fallback: action.fallback }
  }
  const grokContainers = new Map<string, readonly string[]>()
  const fields = action.fields.flatMap((field) => {
    const source = compileSetField(context, field, grokContainers)
    return source ? [{ field: context.fields.at(field.field.value), source }] : []
  })
  return { kind: 'set', ...base, fields }
}

import {
  castLeaf,
  deleteAt,
  type FieldNode,
  isValueObject,
  ownValue,
  renderedToValue,
  valueAt,
  writeAt,
} from '../ecs'
import { pyStr } from '../template'
import type { ActionTrace, Capture, EcsEvent, Value } from '../types'
import type { RunState } from './state'
import type { CompiledAction, CompiledSet, CompiledTranslate } from './types'

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

// A constant (a YAML list, a dictionary entry) is shared by every line: each line gets its own copy.
function owned(value: Value): Value {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value
}

/** The `final` layer's copy of a write: cast as the finished event will be, or gone if it fails. */
function writeFinal(state: RunState, final: EcsEvent, field: FieldNode, value: Value): void {
  const typed = castLeaf(field, value, [])
  if (typed === undefined) deleteAt(final, field.keys)
  else writeAt(final, field.keys, typed)
  state.filters.layersChanged()
}

/** Writes one field into the event, and into the stage's layer when a template reads that layer. */
function write(
  state: RunState,
  layer: EcsEvent | null,
  trace: ActionTrace,
  field: FieldNode,
  value: Value,
  captures: Capture[],
): void {
  writeAt(state.event, field.keys, value)
  if (state.final) writeFinal(state, state.final, field, value)
  const isObject = typeof value === 'object' && value !== null
  if (isObject) state.sharesValues = true
  state.sources.wrote(field, captures, isObject && !Array.isArray(value))
  if (layer) {
    writeAt(layer, field.keys, value)
    state.filters.layersChanged()
    state.sources.wroteLayer(`${trace.stage}.${field.name}`, captures)
  }
  trace.writes.push({ field: field.name, value })
}

function runSet(
  state: RunState,
  layer: EcsEvent | null,
  trace: ActionTrace,
  action: CompiledSet,
): void {
  // The object of the last printed path read, for the next field reading in the same grok output.
  let container: readonly string[] | null = null
  let object: Value | undefined
  for (const { field, source } of action.fields) {
    if (source.kind === 'constant') {
      if (source.value === undefined)
        trace.skipped.push({ field: field.name, reason: source.reason })
      else write(state, layer, trace, field, owned(source.value), [])
      continue
    }
    // Most values are one capture, a string or None: read, they need no rendering.
    let printed: Value | undefined
    if (source.printed !== null) {
      if (source.printed.container !== container) {
        container = source.printed.container
        object = valueAt(state.layers, container)
      }
      printed = isValueObject(object) ? ownValue(object, source.printed.key) : undefined
    }
    let rendered: string
    if (typeof printed === 'string') rendered = printed
    else if (printed === null) rendered = 'None'
    else {
      try {
        rendered = source.template.render(state.layers)
      } catch (error) {
        trace.skipped.push({ field: field.name, reason: errorMessage(error) })
        continue
      }
    }
    if (state.ignored.size > 0 && state.ignored.has(rendered)) {
      trace.skipped.push({
        field: field.name,
        reason: `${JSON.stringify(rendered)} is an ignored value`,
      })
      continue
    }
    const value = renderedToValue(rendered)
    if (value === undefined) {
      trace.skipped.push({
        field: field.name,
        reason: rendered === '' ? 'rendered empty' : 'rendered None',
      })
    } else write(state, layer, trace, field, value, state.sources.resolve(source.references))
  }
}

// The dictionary is looked up with the source value as Python would print it; a value that is
// missing, or not in the dictionary, takes the fallback when there is one.
function runTranslate(
  state: RunState,
  layer: EcsEvent | null,
  trace: ActionTrace,
  action: CompiledTranslate,
): void {
  for (const { source, target, references } of action.mapping) {
    const value = valueAt(state.layers, source.keys)
    const missing = value === undefined || value === null
    const key = missing ? '' : typeof value === 'string' ? value : pyStr(value)
    // No entry holds undefined, so one lookup tells both whether the key is there and its value.
    const entry = missing ? undefined : action.dictionary.get(key)
    const translated = entry === undefined ? action.fallback : entry
    const written = typeof translated === 'string' ? renderedToValue(translated) : translated
    if (written === undefined || written === null) {
      const why = missing
        ? `${source.name} is missing`
        : `no translation for ${JSON.stringify(key)}`
      trace.skipped.push({ field: target.name, reason: `${why} and there is no fallback` })
    } else {
      const captures = state.sources.resolve(references)
      write(state, layer, trace, target, owned(written), captures)
    }
  }
}

/** Runs one action of a stage into the event (and the stage's layer); records what it did. */
export function runAction(state: RunState, layer: EcsEvent | null, action: CompiledAction): void {
  const trace: ActionTrace = {
    stage: action.stage,
    index: action.index,
    kind: action.kind,
    status: 'ran',
    writes: [],
    skipped: [],
  }
  state.trace.actions.push(trace)
  try {
    if (action.filter && !state.filters.passes(action.filter, state.layers)) {
      trace.status = 'filtered'
      return
    }
    if (action.kind === 'set') runSet(state, layer, trace, action)
    else if (action.kind === 'translate') runTranslate(state, layer, trace, action)
    else {
      for (const field of action.fields) {
        deleteAt(state.event, field.keys)
        if (state.final) {
          deleteAt(state.final, field.keys)
          state.filters.layersChanged()
        }
        state.sources.forget(field)
      }
    }
  } catch (error) {
    trace.status = 'error'
    trace.error = errorMessage(error)
  }
}

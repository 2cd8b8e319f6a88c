import { castInPlace, cloneEvent, type FieldNode, isValueObject, ownsKey, valueAt } from '../ecs'
import { type Framed, type FramingOptions, frame } from '../framing'
import type { Capture, EcsEvent, ParseResult, StepTrace, Trace, Value } from '../types'
import { runAction } from './actions'
import { FilterResults } from './filter'
import { DEFAULT_FRAMING, fillHeaderFields } from './framing'
import { NO_SOURCES, SourceTracker } from './sources'
import { type RunState, shifted } from './state'
import type { CompiledGrokStep, CompiledParser, CompiledStageStep } from './types'

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

function runGrok(state: RunState, step: CompiledGrokStep, trace: StepTrace): void {
  const input = valueAt(state.layers, step.input.keys)
  if (typeof input !== 'string') {
    state.layers[step.name] = { [step.outputField]: null }
    state.filters.layersChanged()
    state.sources.grokStep(step.name, [])
    trace.status = 'error'
    trace.error = `${step.input.name} is ${input === undefined ? 'missing' : 'not a string'}`
    return
  }
  const match = step.grok.match(input)
  state.layers[step.name] = { [step.outputField]: match ? match.values : null }
  state.filters.layersChanged()
  const captures = rawLineCaptures(state, step, match ? match.captures : [])
  if (step.primary) {
    state.trace.rule = match ? match.rule.name : null
    state.trace.captures = captures
  }
  state.sources.grokStep(step.name, captures)
}

/** A grok step's captures in raw-line offsets; none when its input is not from the raw line. */
function rawLineCaptures(state: RunState, step: CompiledGrokStep, captures: Capture[]): Capture[] {
  const origin = step.inputOrigin
  if (origin.kind === 'line')
    return state.messageStart === 0 ? captures : shifted(captures, state.messageStart)
  if (origin.kind === 'elsewhere') return []
  const from = state.sources.grokCapture(origin.step, origin.capture)
  return from ? shifted(captures, from.start) : []
}

function runStage(state: RunState, step: CompiledStageStep): void {
  const layer: EcsEvent | null = step.layerRead ? {} : null
  if (layer) {
    state.layers[step.name] = layer
    state.filters.layersChanged()
  }
  for (const action of step.actions) runAction(state, layer, action)
}

function runSteps(parser: CompiledParser, state: RunState): void {
  for (const step of parser.steps) {
    const trace: StepTrace = {
      name: step.name,
      kind: step.kind === 'grok' ? 'external' : 'stage',
      status: 'ran',
    }
    state.trace.steps.push(trace)
    try {
      if (step.filter && !state.filters.passes(step.filter, state.layers)) trace.status = 'filtered'
      else if (step.kind === 'grok') runGrok(state, step, trace)
      else runStage(state, step)
    } catch (error) {
      trace.status = 'error'
      trace.error = errorMessage(error)
    }
  }
}

/** The sources of every leaf of the finished event, in its key order. */
function recordSources(state: RunState, node: { [key: string]: Value }, field: FieldNode): void {
  for (const key in node) {
    if (!ownsKey(node, key)) continue
    const value = node[key]
    const child = field.child(key)
    if (isValueObject(value)) recordSources(state, value, child)
    else state.trace.fieldSources[child.name] = state.sources.of(child)
  }
}

/** Casting and the platform's post-processing (engine.md §5–§6), with the sources of what they derive. */
function finish(parser: CompiledParser, state: RunState, sourced: boolean): EcsEvent {
  const event = state.sharesValues ? cloneEvent(state.event) : state.event
  for (const { field, reason } of castInPlace(event, parser.fields)) {
    const writer = state.trace.actions.findLast((action) =>
      action.writes.some((write) => write.field === field),
    )
    writer?.skipped.push({ field, reason: `dropped by casting: ${reason}` })
  }
  const derived = parser.finish(event)
  if (!sourced) return event
  for (const field in derived) {
    const origins = (derived[field] ?? []).map((origin) => parser.fields.at(origin))
    state.sources.derived(parser.fields.at(field), origins)
  }
  recordSources(state, event, parser.fields)
  return event
}

function framingTrace(framed: Framed): Trace['framing'] {
  const { kind, header, diagnostic } = framed
  return diagnostic === undefined ? { kind, header } : { kind, header, diagnostic }
}

/**
 * Runs the pipeline over one input event (`original`) whose message framing found in `line`;
 * never throws, failures are in the trace. Offsets in the trace count in `line`. Unsourced, the
 * trace has no field sources and no captures of grok steps that read another step's capture.
 */
export function runPipeline(
  parser: CompiledParser,
  input: Record<string, Value>,
  line: string,
  framed: Framed,
  sourced = true,
): ParseResult {
  const { message, messageStart } = framed
  const whole: Capture = { field: 'message', value: message, start: messageStart, end: line.length }
  const trace: Trace = {
    rule: null,
    captures: [],
    steps: [{ name: 'framing', kind: 'framing', status: 'ran' }],
    actions: [],
    fieldSources: {},
    framing: framingTrace(framed),
  }
  const final: EcsEvent | null = parser.readsFinal ? { message } : null
  const state: RunState = {
    layers: final ? { original: input, final } : { original: input },
    event: { message },
    final,
    ignored: parser.ignoredValues,
    sources: sourced ? new SourceTracker(whole, parser.fields) : NO_SOURCES,
    trace,
    filters: new FilterResults(),
    sharesValues: false,
    messageStart,
  }
  runSteps(parser, state)
  if (framed.kind !== 'bare')
    fillHeaderFields(state.event, state.sources, parser.fields, line, framed)
  try {
    return { event: finish(parser, state, sourced), trace }
  } catch (error) {
    trace.steps.push({
      name: 'platform post-processing',
      kind: 'external',
      status: 'error',
      error: errorMessage(error),
    })
    return { event: state.event, trace }
  }
}

export interface ParseOptions {
  /** Default: on, timestamps without a zone in UTC, year-less ones placed relative to now. */
  framing?: FramingOptions
  /**
   * Default true. False when only the event and its rule are wanted: the trace then has no field
   * sources (`fieldSources` is empty), which saves tracking them through every action.
   */
  sources?: boolean
}

/** Parses one raw line: its header, if framing finds one, then the message behind it. */
export function parse(
  parser: CompiledParser,
  line: string,
  options: ParseOptions = {},
): ParseResult {
  const framed = frame(line, options.framing ?? DEFAULT_FRAMING)
  return runPipeline(parser, { message: framed.message }, line, framed, options.sources ?? true)
}

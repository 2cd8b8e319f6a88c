import { castEvent, finishEvent, leafPaths } from '../ecs'
import type { Capture, EcsEvent, ParseResult, StepTrace, Trace, Value } from '../types'
import { runAction } from './actions'
import { passes } from './filter'
import { SourceTracker } from './sources'
import { type Layers, type RunState, readPath, shifted } from './state'
import type { CompiledGrokStep, CompiledParser, CompiledStageStep } from './types'

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

function runGrok(state: RunState, step: CompiledGrokStep, trace: StepTrace): void {
  const input = readPath(state.layers, step.input)
  if (typeof input !== 'string') {
    state.layers[step.name] = { [step.outputField]: null }
    state.sources.grokStep(step.name, [])
    trace.status = 'error'
    trace.error = `${step.input.join('.')} is ${input === undefined ? 'missing' : 'not a string'}`
    return
  }
  const match = step.grok.match(input)
  state.layers[step.name] = { [step.outputField]: match ? match.values : null }
  const captures = match ? match.captures : []
  if (step.primary) {
    state.trace.rule = match ? match.rule.name : null
    state.trace.captures = captures
  }
  state.sources.grokStep(step.name, rawLineCaptures(state, step, captures))
}

// Captures are offsets in the step's input. The UI highlights the raw line, so they count only
// when the input is the raw line or a capture of it (a second grok over `parsed_event.result.rest`).
function rawLineCaptures(state: RunState, step: CompiledGrokStep, captures: Capture[]): Capture[] {
  const [head = '', output, name, ...deeper] = step.input
  if (head === 'original' && output === 'message' && name === undefined) return captures
  if (name === undefined || deeper.length > 0) return []
  const from = state.sources.grokCapture(head, name)
  return from ? shifted(captures, from.start) : []
}

function runStage(state: RunState, step: CompiledStageStep): void {
  const layer: EcsEvent | null = step.layerRead ? {} : null
  if (layer) state.layers[step.name] = layer
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
      if (step.filter && !passes(step.filter, state.layers)) trace.status = 'filtered'
      else if (step.kind === 'grok') runGrok(state, step, trace)
      else runStage(state, step)
    } catch (error) {
      trace.status = 'error'
      trace.error = errorMessage(error)
    }
  }
}

/** Casting and the platform's post-processing (engine.md §5–§6), with the sources of what they derive. */
function finish(parser: CompiledParser, state: RunState): EcsEvent {
  const cast = castEvent(state.event, parser.types)
  for (const { field, reason } of cast.dropped) {
    const writer = state.trace.actions.findLast((action) =>
      action.writes.some((write) => write.field === field),
    )
    writer?.skipped.push({ field, reason: `dropped by casting: ${reason}` })
  }
  const finished = finishEvent(cast.event, { platform: parser.platform, types: parser.types })
  for (const [field, origins] of Object.entries(finished.derived))
    state.sources.derived(field, origins)
  for (const field of leafPaths(finished.event))
    state.trace.fieldSources[field] = state.sources.of(field)
  return finished.event
}

/** Runs the pipeline over one input event (`original`); never throws, failures are in the trace. */
export function runPipeline(
  parser: CompiledParser,
  input: Record<string, Value>,
  message: string,
): ParseResult {
  const whole: Capture = { field: 'message', value: message, start: 0, end: message.length }
  const trace: Trace = { rule: null, captures: [], steps: [], actions: [], fieldSources: {} }
  const layers: Layers = { original: input }
  const state: RunState = {
    layers,
    event: { message },
    sources: new SourceTracker(whole),
    trace,
  }
  runSteps(parser, state)
  try {
    return { event: finish(parser, state), trace }
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

/** Parses one raw line. */
export function parse(parser: CompiledParser, message: string): ParseResult {
  return runPipeline(parser, { message }, message)
}

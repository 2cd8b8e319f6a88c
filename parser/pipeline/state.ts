import type { Capture, EcsEvent, Trace, Value } from '../types'
import type { SourceTracker } from './sources'

/** A layer as templates see it: a dict, or None for a grok step that matched nothing. */
export type Layers = Record<string, Value | undefined>

/** Everything one line's run reads and writes. */
export interface RunState {
  readonly layers: Layers
  readonly event: EcsEvent
  readonly sources: SourceTracker
  readonly trace: Trace
}

/** The value at a dotted path of the layers (`parsed_event.result.ip`); undefined when missing. */
export function readPath(layers: Layers, path: readonly string[]): Value | undefined {
  const head = path[0]
  let node = head !== undefined && Object.hasOwn(layers, head) ? layers[head] : undefined
  for (let index = 1; index < path.length && node !== undefined; index++) {
    const key = path[index] ?? ''
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    node = Object.hasOwn(node, key) ? node[key] : undefined
  }
  return node
}

const isObject = (value: Value | undefined): value is { [key: string]: Value } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Writes `value` at a dotted path split beforehand, creating objects on the way and replacing a
 * scalar standing in the way: ecs' setPath, minus splitting the path on every one of the
 * dozens of writes a line makes.
 */
export function writeAt(target: EcsEvent, keys: readonly string[], value: Value): void {
  let node = target
  const last = keys.length - 1
  for (let index = 0; index < last; index++) {
    const key = keys[index] ?? ''
    const next = node[key]
    if (isObject(next)) node = next
    else {
      const created: EcsEvent = {}
      node[key] = created
      node = created
    }
  }
  node[keys[last] ?? ''] = value
}

/** Shifts a grok step's captures by where its input stands in the raw line. */
export function shifted(captures: readonly Capture[], by: number): Capture[] {
  return captures.map((capture) => ({
    ...capture,
    start: capture.start + by,
    end: capture.end + by,
  }))
}

import type { Capture, EcsEvent, Trace, Value } from '../types'
import type { FilterResults } from './filter'
import type { Sources } from './sources'

/** A layer as templates see it: a dict, or None for a grok step that matched nothing. */
export type Layers = Record<string, Value | undefined>

/** Everything one line's run reads and writes. */
export interface RunState {
  readonly layers: Layers
  readonly event: EcsEvent
  readonly sources: Sources
  readonly trace: Trace
  readonly filters: FilterResults
  /**
   * The layer `final`, when a template reads it: the event as built so far, each field already cast
   * to its type (Apache's filters compare `final.http.response.status_code < 400`).
   */
  readonly final: EcsEvent | null
  /** Renderings a set does not write (parser.yml's `ignored_values`). */
  readonly ignored: ReadonlySet<string>
  /** Where the message the format reads starts in the raw line, behind any header framing stripped. */
  readonly messageStart: number
  /**
   * Whether an object or a list was written: those values are shared with the trace and the
   * layers, so the event is copied before casting and post-processing change it in place.
   */
  sharesValues: boolean
}

/** Shifts a grok step's captures by where its input stands in the raw line. */
export function shifted(captures: readonly Capture[], by: number): Capture[] {
  return captures.map((capture) => ({
    ...capture,
    start: capture.start + by,
    end: capture.end + by,
  }))
}

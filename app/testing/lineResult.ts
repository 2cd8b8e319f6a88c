import type { Trace } from '../../parser/types'
import type { LineResult } from '../worker/protocol'

/**
 * A worker answer for a line: the smallest result the store and views accept, its event the bare
 * message, matched by `rule` (none by default), framed as `framing` says if given.
 */
export function lineResult(
  text: string,
  rule: string | null = null,
  framing?: Trace['framing'],
): LineResult {
  const trace: Trace = { rule, captures: [], steps: [], actions: [], fieldSources: {} }
  if (framing) trace.framing = framing
  return {
    text,
    sample: null,
    description: null,
    scenario: null,
    result: { event: { message: text }, trace },
  }
}

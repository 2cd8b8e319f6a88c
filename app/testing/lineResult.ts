import type { LineResult } from '../worker/protocol'

/** A worker answer for a line no rule matched: the smallest result the store and views accept. */
export function unmatchedLineResult(text: string): LineResult {
  return {
    text,
    sample: null,
    description: null,
    scenario: null,
    result: {
      event: { message: text },
      trace: { rule: null, captures: [], steps: [], actions: [], fieldSources: {} },
    },
  }
}

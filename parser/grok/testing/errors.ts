// Test helper: run something that must throw a GrokError and return it for inspection.

import { GrokError } from '../errors'

export function grokErrorOf(run: () => unknown): GrokError {
  try {
    run()
  } catch (error) {
    if (error instanceof GrokError) return error
    throw error
  }
  throw new Error('expected a GrokError, nothing was thrown')
}

/** The error's location and kind, the part tests compare. */
export function located(error: GrokError) {
  return {
    code: error.code,
    patternName: error.patternName,
    offset: error.offset,
    length: error.length,
  }
}

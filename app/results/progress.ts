import type { LineResult } from '../worker/protocol'

export interface ParseProgress {
  /** Distinct non-empty line texts in the document. */
  total: number
  /** Of those, how many have a result (or were given up on). */
  done: number
}

export function parseProgress(
  text: string | null,
  results: ReadonlyMap<string, LineResult>,
  failures: ReadonlyMap<string, string>,
): ParseProgress {
  const distinct = new Set((text ?? '').split('\n').filter((line) => line.trim() !== ''))
  let done = 0
  for (const line of distinct) if (results.has(line) || failures.has(line)) done++
  return { total: distinct.size, done }
}

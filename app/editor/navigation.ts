import type { LineResult } from '../worker/protocol'

/**
 * The next (or previous) 1-based line after `from` whose parsed result needs attention: no rule
 * matched it. Wraps around the document; null when there is none.
 */
export function nextUnmatchedLine(
  lines: readonly string[],
  results: ReadonlyMap<string, LineResult>,
  from: number,
  direction: 1 | -1,
): number | null {
  const count = lines.length
  for (let step = 1; step <= count; step++) {
    const index = (((from - 1 + direction * step) % count) + count) % count
    const text = lines[index] ?? ''
    if (text.trim() !== '' && results.get(text)?.result.trace.rule === null) return index + 1
  }
  return null
}

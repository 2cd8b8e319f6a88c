import type { Capture } from '../../parser/types'

export function sameCapture(a: Capture, b: Capture): boolean {
  return a.field === b.field && a.start === b.start && a.end === b.end
}

/** The output fields computed from a capture, read off the trace's field → captures map. */
export function fieldsFedBy(
  sources: Readonly<Record<string, readonly Capture[]>>,
  capture: Capture,
): string[] {
  return Object.entries(sources)
    .filter(([, captures]) => captures.some((candidate) => sameCapture(candidate, capture)))
    .map(([field]) => field)
    .sort()
}

import type { Capture } from '../../parser/types'

export interface PaintedSegment {
  /** Offset of the segment in the line. */
  start: number
  text: string
  /** The innermost capture covering this stretch of the line, if any. */
  capture: Capture | null
}

/** Cuts a line at every capture boundary; nested captures (a header inside a rule) show their own colour. */
export function paintLine(text: string, captures: readonly Capture[]): PaintedSegment[] {
  const cuts = new Set([0, text.length])
  for (const capture of captures) {
    if (capture.end <= capture.start) continue
    cuts.add(Math.max(0, Math.min(text.length, capture.start)))
    cuts.add(Math.max(0, Math.min(text.length, capture.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: PaintedSegment[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index] ?? 0
    const to = points[index + 1] ?? 0
    let capture: Capture | null = null
    for (const candidate of captures) {
      if (candidate.start > from || candidate.end < to || candidate.end <= candidate.start) continue
      if (!capture || candidate.end - candidate.start < capture.end - capture.start) {
        capture = candidate
      }
    }
    const previous = segments.at(-1)
    if (previous && previous.capture === capture) previous.text += text.slice(from, to)
    else segments.push({ start: from, text: text.slice(from, to), capture })
  }
  return segments
}

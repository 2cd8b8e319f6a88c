import type { Capture } from '../../parser/types'

export interface Segment {
  text: string
  highlighted: boolean
}

/** The line cut at the edges of the captures, each piece marked as inside some capture or not. */
export function highlightSegments(text: string, captures: readonly Capture[]): Segment[] {
  const marked = new Array<boolean>(text.length).fill(false)
  for (const capture of captures) {
    for (
      let index = Math.max(0, capture.start);
      index < Math.min(text.length, capture.end);
      index++
    )
      marked[index] = true
  }
  const segments: Segment[] = []
  for (let index = 0; index < text.length; index++) {
    const highlighted = marked[index] ?? false
    const last = segments.at(-1)
    if (last && last.highlighted === highlighted) last.text += text[index]
    else segments.push({ text: text[index] ?? '', highlighted })
  }
  return segments
}

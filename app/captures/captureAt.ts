import type { Capture } from '../../parser/types'

/** The capture under a 1-based column: the innermost, as nested groups (a header in a rule) are shorter. */
export function captureAt(captures: readonly Capture[], column: number): Capture | null {
  const offset = column - 1
  let found: Capture | null = null
  for (const capture of captures) {
    if (offset < capture.start || offset >= capture.end) continue
    if (!found || capture.end - capture.start < found.end - found.start) found = capture
  }
  return found
}

// engine.md §4 "From rendered string to value": what a rendered `set` template writes.
import type { Value } from '../types'

/** `undefined` means "not written": the platform skips empty renderings and Python's `None`. Anything else goes to casting untouched. */
export function renderedToValue(rendered: string): Value | undefined {
  if (rendered === '' || rendered === 'None') return undefined
  return rendered
}

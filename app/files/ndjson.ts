import type { EcsEvent } from '../../parser/types'

// One JSON event per input line, so the export lines up with the file. A line that was not parsed
// (too long, or the watchdog stopped it) still gets its line: the text and why, in ECS's
// `error.message`, rather than leaving a gap that shifts every later line.

export const eventLine = (event: EcsEvent): string => `${JSON.stringify(event)}\n`

export const unparsedLine = (text: string, reason: string): string =>
  eventLine({ message: text, error: { message: reason } })

// What the page and the worker say about a whole-file run: compact rows (never whole traces, so
// 100,000 lines stay light in the page), progress with each chunk, and where a stuck parse was.
import type { FramingSetting } from './protocol'

/** Files are read up to this size, and parsed up to this many lines; the rest is left, and said so. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
export const MAX_FILE_LINES = 100_000

/** How one line of the file came out. */
export type RowOutcome =
  | { kind: 'parsed'; rule: string | null }
  /** The watchdog killed the worker on this line; `where` is the last point the probe reported. */
  | { kind: 'timedOut'; where: ProbePoint | null }
  /** Longer than the line bound: not parsed. */
  | { kind: 'tooLong'; bytes: number }

export interface FileRow {
  /** 0-based line number in the file. */
  line: number
  /** Byte offsets of the line in the file (terminator excluded): the page reads it back from there. */
  start: number
  end: number
  outcome: RowOutcome
  /** A few telling fields of the event, as `field=value`. */
  fields: string
  /** The head of the line, for the list and its text filter. */
  excerpt: string
}

/** Where a line starts in the file: a block of lines is read from there. */
export interface LineStart {
  line: number
  byte: number
}

/** A file's lines, counted before a run: how many it takes, and the blocks it hands out. */
export interface FileCount {
  /** Lines to parse in all (the limits applied). */
  total: number
  /** Why the run stops before the end of the file, when it does. */
  limit: string | null
  /** Where every block's first line starts, in line order; the first at the file's start. */
  blocks: LineStart[]
}

/** Lines [start.line, until) of the file: what one request runs. */
export interface FileBlock {
  start: LineStart
  until: number
}

export interface FileRunRequest {
  rev: number
  framing: FramingSetting
  file: Blob
  block: FileBlock
  /** The first line to parse: a block resumed after the watchdog skips what the page already has. */
  from: number
  /** Report each line and step of the first chunk (see ProbePoint): set when resuming a stuck run. */
  probe: boolean
  output: FileRunOutput
}

/**
 * What a run posts for its lines: rows, for the list a run shows, or events, for the NDJSON an
 * export downloads (made on demand: writing every event as JSON during the run cost it a third
 * of its time, for a download few runs get).
 */
export type FileRunOutput =
  | { kind: 'rows' }
  /** Those the watchdog stopped during the run are not parsed again. */
  | { kind: 'events'; timedOut: TimedOutLine[] }

export interface TimedOutLine {
  line: number
  where: ProbePoint | null
}

/**
 * Rows column by column: offsets and outcomes in typed arrays, the texts joined. A chunk of rows
 * is then a dozen objects for the page to receive and keep, not five per row (100,000 rows of
 * objects kept the page's garbage collector busy enough to freeze it for 100 ms at a time).
 * Build with RowColumnsBuilder, read with rowAt (app/files/rowColumns.ts).
 */
export interface RowColumns {
  lines: Int32Array
  starts: Int32Array
  ends: Int32Array
  /** What came of each row: see ROW_KINDS. */
  kinds: Uint8Array
  /** Each row's rule, as an index in `ruleNames`; -1 for none. */
  rules: Int32Array
  ruleNames: string[]
  /** The excerpts, joined; row i's ends at excerptEnds[i]. Likewise the key fields. */
  excerpts: string
  excerptEnds: Int32Array
  fields: string
  fieldEnds: Int32Array
}

/** The outcome kinds, by their code in RowColumns.kinds. */
export const ROW_KINDS = ['parsed', 'timedOut', 'tooLong'] as const

/** One chunk of a run: its rows or events (as its request's output asks), and how far it is. */
export type FileChunk = FileChunkOutput & {
  /** The line after the last one handled, counting from the file's start. */
  lines: number
}

export type FileChunkOutput =
  | { kind: 'rows'; rows: RowColumns }
  /** One JSON event per line, newline-terminated, in line order. */
  | { kind: 'events'; events: Blob }

export interface FileRunEnd {
  state: 'done' | 'cancelled'
}

/**
 * Posted by a probing worker before each line (`step` null) and before each step of it that can
 * take long (a grok match, a template), so that when it hangs the page knows where.
 */
export interface ProbePoint {
  line: number
  /** Where the line stands in the file (byte offsets, a file run's) or in its text (a parse's). */
  start: number
  end: number
  step: string | null
  /** The rule the line's grok matched, once it has. */
  rule: string | null
}

/** Why a line the watchdog stopped has no parsed event: the `error.message` of its exported event. */
export const timedOutReason = (where: ProbePoint | null): string =>
  `not parsed: timed out (${describeProbe(where)})`

/** "RULE, in STEP": what a timed-out row shows. */
export function describeProbe(point: ProbePoint | null): string {
  if (point === null) return 'unknown step'
  const where = point.step === null ? 'before its first step' : `in ${point.step}`
  return point.rule === null ? where : `${point.rule}, ${where}`
}

// A block of a whole file, parsed in the worker: read as a stream from its first line's byte,
// split into lines, parsed in chunks of a few tens of milliseconds, each chunk posted with its rows
// (or, for an export, its events) at once, and the event loop given back between chunks so that a
// cancel request is heard.
import type { ParseResult } from '../../parser/types'
import { LineSplitter, MAX_LINE_BYTES, type SplitLine } from '../files/lineSplitter'
import { EventsOutput, type LineOutput, RowsOutput, type Unparsed } from './fileOutput'
import {
  type FileChunk,
  type FileRunEnd,
  type FileRunRequest,
  MAX_FILE_BYTES,
  type ProbePoint,
  timedOutReason,
} from './fileRunProtocol'
import type { ProbeReport } from './probe'

/** A chunk is posted once it has taken this long or holds this many lines. */
const CHUNK_MS = 40
const CHUNK_LINES = 2000

/** Parses one line; made for one run, with the probe's report when the run probes. */
export type LineParse = (text: string) => ParseResult

export interface FileRunHost {
  /** The current parser for this run, or null when none compiles or `rev` is not current. */
  lineParser: (probe: ProbeReport | null) => LineParse | null
  chunk: (chunk: FileChunk) => void
  probe: (point: ProbePoint) => void
  cancelled: () => boolean
  /** Gives the event loop back (so messages, a cancel among them, are handled). */
  pause: () => Promise<void>
}

function tooLong(line: SplitLine): Unparsed {
  const bytes = line.end - line.start
  const size = `${(bytes / 1024).toFixed(0)} KiB`
  return {
    outcome: { kind: 'tooLong', bytes },
    reason: `not parsed: the line is ${size}, over the ${MAX_LINE_BYTES / 1024} KiB limit`,
  }
}

/** The lines a run does not parse again, by line: those the watchdog stopped. */
function timedOutLines(request: FileRunRequest): Map<number, Unparsed> {
  const lines = new Map<number, Unparsed>()
  if (request.output.kind !== 'events') return lines
  for (const { line, where } of request.output.timedOut) {
    lines.set(line, { outcome: { kind: 'timedOut', where }, reason: timedOutReason(where) })
  }
  return lines
}

/** Runs `request`'s block to its end, or until cancelled. */
export async function runFile(request: FileRunRequest, host: FileRunHost): Promise<FileRunEnd> {
  const { file, block, from } = request
  const skipped = timedOutLines(request)
  // Probing covers as many lines as a chunk holds (the chunk in flight when a worker was killed),
  // each posted on its own so that the page has every line before the one that hangs.
  const probeUntil = request.probe ? from + CHUNK_LINES : from
  const probing = (index: number) => index < probeUntil
  const point = { line: 0, start: 0, end: 0 }
  const report: ProbeReport = (step, rule) => host.probe({ ...point, step, rule })
  const plain = host.lineParser(null)
  const probed = request.probe ? host.lineParser(report) : null
  if (plain === null) throw new Error('no parser is loaded for this revision')

  const output: LineOutput =
    request.output.kind === 'events' ? new EventsOutput() : new RowsOutput()
  let handled = from
  let chunkStart = performance.now()
  const flush = () => {
    host.chunk({ ...output.take(), lines: handled })
    chunkStart = performance.now()
  }

  const splitter = new LineSplitter(MAX_LINE_BYTES, block.start)
  let cancelled = false
  const take = (line: SplitLine): boolean => {
    if (line.index >= block.until) return false
    if (line.index < from) return true
    handled = line.index + 1
    const unparsed = line.tooLong ? tooLong(line) : skipped.get(line.index)
    if (unparsed !== undefined) {
      output.unparsed(line, unparsed)
      return true
    }
    let parse = plain
    if (probing(line.index) && probed) {
      point.line = line.index
      point.start = line.start
      point.end = line.end
      host.probe({ ...point, step: null, rule: null })
      parse = probed
    }
    output.parsed(line, parse(line.text))
    return true
  }

  // The count left out the line a cut file's end goes through: `until` never reaches it.
  const reader = file.slice(block.start.byte, MAX_FILE_BYTES).stream().getReader()
  try {
    reading: for (;;) {
      const { done, value } = await reader.read()
      const lines = done ? splitter.finish() : splitter.push(value)
      for (const line of lines) {
        if (!take(line)) break reading
        // The clock is read every few lines only: in a browser's worker a read costs about as much
        // as the rest of the loop's work per line.
        const count = output.count
        const due =
          count >= CHUNK_LINES || (count % 16 === 0 && performance.now() - chunkStart >= CHUNK_MS)
        if (!due && !probing(line.index)) continue
        flush()
        await host.pause()
        if (host.cancelled()) {
          cancelled = true
          break reading
        }
      }
      if (done) break
    }
  } finally {
    await reader.cancel()
  }
  if (!cancelled) flush()
  return { state: cancelled ? 'cancelled' : 'done' }
}

// A whole file, parsed in the worker: counted, then read as a stream, split into lines, parsed in
// chunks of a few tens of milliseconds, each chunk posted with its rows (or, for an export, its
// events) at once, and the event loop given back between chunks so that a cancel request is heard.
import type { ParseResult } from '../../parser/types'
import { LineSplitter, MAX_LINE_BYTES, type SplitLine } from '../files/lineSplitter'
import { EventsOutput, type LineOutput, RowsOutput, type Unparsed } from './fileOutput'
import {
  type FileChunk,
  type FileRunEnd,
  type FileRunRequest,
  MAX_FILE_BYTES,
  MAX_FILE_LINES,
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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function eachChunk(file: Blob, use: (bytes: Uint8Array) => boolean): Promise<void> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || !use(value)) return
    }
  } finally {
    await reader.cancel()
  }
}

/** Lines to parse, and why they stop short of the file's end when they do. */
export async function countLines(file: Blob): Promise<{ total: number; limit: string | null }> {
  const cut = file.size > MAX_FILE_BYTES
  let newlines = 0
  let last = 0x0a
  await eachChunk(file.slice(0, MAX_FILE_BYTES), (bytes) => {
    for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) newlines++
    if (bytes.length > 0) last = bytes[bytes.length - 1] ?? last
    return true
  })
  // A cut file's last line is incomplete and left out; a whole file's unterminated one counts.
  const lines = newlines + (!cut && last !== 0x0a ? 1 : 0)
  if (lines > MAX_FILE_LINES) {
    const limit = `only the first ${MAX_FILE_LINES.toLocaleString('en')} of ${lines.toLocaleString('en')}${cut ? '+' : ''} lines are parsed`
    return { total: MAX_FILE_LINES, limit }
  }
  if (cut) {
    return {
      total: lines,
      limit: `only the first ${mb(MAX_FILE_BYTES)} of ${mb(file.size)} are read`,
    }
  }
  return { total: lines, limit: null }
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

/** Runs `request` to the end of the file (or its limit), or until cancelled. */
export async function runFile(request: FileRunRequest, host: FileRunHost): Promise<FileRunEnd> {
  const { file, from } = request
  const counted = await countLines(file)
  const { limit } = counted
  const total =
    request.output.kind === 'events' ? Math.min(counted.total, request.output.until) : counted.total
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
  let bytes = 0
  let handled = from
  let chunkStart = performance.now()
  const flush = () => {
    host.chunk({ ...output.take(), lines: handled, bytes, total, limit })
    chunkStart = performance.now()
  }
  // The first chunk goes out at once, so the page shows the size before any line is parsed.
  flush()

  const splitter = new LineSplitter()
  let cancelled = false
  const take = (line: SplitLine): boolean => {
    if (line.index >= total) return false
    if (line.index < from) return true
    bytes = line.end
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

  const cut = file.size > MAX_FILE_BYTES
  const reader = file.slice(0, MAX_FILE_BYTES).stream().getReader()
  try {
    reading: for (;;) {
      const { done, value } = await reader.read()
      // A cut file's last line is incomplete: it is left out, as the count did.
      const lines = done ? (cut ? [] : splitter.finish()) : splitter.push(value)
      for (const line of lines) {
        if (!take(line)) break reading
        const due = performance.now() - chunkStart >= CHUNK_MS || output.count >= CHUNK_LINES
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

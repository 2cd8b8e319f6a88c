// What a file run makes of its lines, as its request's output asks: rows for the page's list, or
// one NDJSON event per line for an export.
import type { ParseResult } from '../../parser/types'
import { keyFields } from '../files/keyFields'
import type { SplitLine } from '../files/lineSplitter'
import { eventLine, unparsedLine } from '../files/ndjson'
import { excerptOf, RowColumnsBuilder } from '../files/rowColumns'
import type { FileChunkOutput, FileRow, RowOutcome } from './fileRunProtocol'

/** A line that was not parsed: how (as its row says) and why (as its event says). */
export interface Unparsed {
  outcome: Exclude<RowOutcome, { kind: 'parsed' }>
  reason: string
}

export interface LineOutput {
  /** Lines taken since the last `take`. */
  readonly count: number
  parsed: (line: SplitLine, result: ParseResult) => void
  unparsed: (line: SplitLine, unparsed: Unparsed) => void
  /** What was taken since the last call, for a chunk; starts afresh. */
  take: () => FileChunkOutput
}

// Built as one literal, not spread from a shared base: a spread per line cost more than the row.
const rowOf = (line: SplitLine, outcome: RowOutcome, fields: string): FileRow => ({
  line: line.index,
  start: line.start,
  end: line.end,
  outcome,
  fields,
  excerpt: excerptOf(line.text),
})

export class RowsOutput implements LineOutput {
  private rows = new RowColumnsBuilder()

  get count(): number {
    return this.rows.count
  }

  parsed(line: SplitLine, { event, trace }: ParseResult): void {
    this.rows.add(rowOf(line, { kind: 'parsed', rule: trace.rule }, keyFields(event)))
  }

  unparsed(line: SplitLine, { outcome }: Unparsed): void {
    this.rows.add(rowOf(line, outcome, ''))
  }

  take(): FileChunkOutput {
    const rows = this.rows.build()
    this.rows = new RowColumnsBuilder()
    return { kind: 'rows', rows }
  }
}

export class EventsOutput implements LineOutput {
  private events: string[] = []

  get count(): number {
    return this.events.length
  }

  parsed(_line: SplitLine, { event }: ParseResult): void {
    this.events.push(eventLine(event))
  }

  unparsed(line: SplitLine, { reason }: Unparsed): void {
    this.events.push(unparsedLine(line.text, reason))
  }

  take(): FileChunkOutput {
    // One string per chunk: a Blob made of thousands of small parts costs more than the join.
    const events = new Blob([this.events.join('')])
    this.events = []
    return { kind: 'events', events }
  }
}

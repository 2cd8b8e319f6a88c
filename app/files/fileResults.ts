import {
  type FileRow,
  type ProbePoint,
  ROW_KINDS,
  type RowColumns,
  type TimedOutLine,
} from '../worker/fileRunProtocol'
import { RowColumnsBuilder, rowAt, ruleAt, searchTextAt } from './rowColumns'

/** A coverage category: a rule's name, or one of the outcomes that have none. */
export type CoverageKey = string

export const UNMATCHED: CoverageKey = '(no rule matched)'
export const TIMED_OUT: CoverageKey = '(timed out)'
export const TOO_LONG: CoverageKey = '(too long)'

function coverageKeyAt(columns: RowColumns, at: number): CoverageKey {
  switch (ROW_KINDS[columns.kinds[at] ?? 0]) {
    case 'timedOut':
      return TIMED_OUT
    case 'tooLong':
      return TOO_LONG
    default:
      return ruleAt(columns, at) ?? UNMATCHED
  }
}

/** Which rows the list shows: those of one coverage category (or all), whose text holds `text`. */
export interface RowFilter {
  category: CoverageKey | null
  text: string
}

export const NO_FILTER: RowFilter = { category: null, text: '' }

/** Some rows of a run, by position in the list: `indexAt` gives the row's line. */
export interface RowSelection {
  readonly length: number
  indexAt: (position: number) => number
}

interface Chunk {
  /** The line of the chunk's first row: a chunk's rows are consecutive lines. */
  first: number
  columns: RowColumns
  /** Rows in the chunks before this one. */
  before: number
}

/** A range of lines, [from, until). */
export interface LineRange {
  from: number
  until: number
}

/**
 * A file run's results as they arrive: rows in line order (kept as the chunks' columns) and lines
 * per category. Appended in place, chunk by chunk, outside React state: the
 * store only carries a counter of appends, so 100,000 rows never go through a state update one by
 * one, and a row becomes an object only when it is shown. Blocks of the file run in parallel, so
 * chunks come in any order, and the lines listed may have gaps until the run is over.
 */
export class FileResults {
  private readonly chunks: Chunk[] = []
  private rows = 0
  private readonly counts = new Map<CoverageKey, number>()
  /** Where the worker was on each timed-out line, by line. */
  private readonly stuck = new Map<number, ProbePoint | null>()

  append(columns: RowColumns): void {
    const count = columns.lines.length
    if (count > 0) this.insert(columns)
    this.rows += count
    for (let at = 0; at < count; at++) {
      const key = coverageKeyAt(columns, at)
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    }
  }

  /** A line the watchdog stopped, with where the worker was. */
  appendTimedOut(row: FileRow, where: ProbePoint | null): void {
    const builder = new RowColumnsBuilder()
    builder.add({ ...row, outcome: { kind: 'timedOut', where } })
    this.stuck.set(row.line, where)
    this.append(builder.build())
  }

  /** The lines the watchdog stopped, with where: an export does not parse them again. */
  timedOut(): TimedOutLine[] {
    return [...this.stuck].map(([line, where]) => ({ line, where }))
  }

  get size(): number {
    return this.rows
  }

  /** The row of line `line`, if listed. */
  row(line: number): FileRow | undefined {
    const chunk = this.chunkOf(line)
    if (!chunk) return undefined
    return rowAt(chunk.columns, line - chunk.first, this.stuck.get(line) ?? null)
  }

  /** The lines listed, as ranges of consecutive lines in line order. */
  ranges(): LineRange[] {
    const ranges: LineRange[] = []
    for (const { first, columns } of this.chunks) {
      const until = first + columns.lines.length
      const last = ranges.at(-1)
      if (last?.until === first) last.until = until
      else ranges.push({ from: first, until })
    }
    return ranges
  }

  /** Lines per category, most lines first. */
  coverage(): { key: CoverageKey; count: number }[] {
    return [...this.counts]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
  }

  /** The rows `filter` lets through, in line order; all of them without building a list. */
  matching(filter: RowFilter): RowSelection {
    if (filter.category === null && filter.text === '') {
      return { length: this.rows, indexAt: (position) => this.lineAt(position) }
    }
    const indexes = this.filtered(filter)
    return { length: indexes.length, indexAt: (position) => indexes[position] ?? -1 }
  }

  private filtered(filter: RowFilter): number[] {
    const text = filter.text.toLowerCase()
    const out: number[] = []
    for (const { first, columns } of this.chunks) {
      for (let at = 0; at < columns.lines.length; at++) {
        if (filter.category !== null && coverageKeyAt(columns, at) !== filter.category) continue
        if (text !== '' && !searchTextAt(columns, at).toLowerCase().includes(text)) continue
        out.push(first + at)
      }
    }
    return out
  }

  /** The last chunk whose `key` is at most `value`: chunks are in line order. */
  private search(key: (chunk: Chunk) => number, value: number): Chunk | undefined {
    let found: Chunk | undefined
    let low = 0
    let high = this.chunks.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const chunk = this.chunks[middle]
      if (chunk && key(chunk) <= value) {
        found = chunk
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  private chunkOf(line: number): Chunk | undefined {
    const chunk = this.search((each) => each.first, line)
    return chunk && line < chunk.first + chunk.columns.lines.length ? chunk : undefined
  }

  /** The line of the row at `position` among the rows listed, in line order. */
  private lineAt(position: number): number {
    if (position < 0 || position >= this.rows) return -1
    const chunk = this.search((each) => each.before, position)
    return chunk ? chunk.first + position - chunk.before : -1
  }

  /** Files the chunk in line order; chunks mostly come in order, so the search is from the end. */
  private insert(columns: RowColumns): void {
    const first = columns.lines[0] ?? 0
    let at = this.chunks.length
    while (at > 0 && (this.chunks[at - 1]?.first ?? 0) > first) at--
    const previous = this.chunks[at - 1]
    let before = previous ? previous.before + previous.columns.lines.length : 0
    this.chunks.splice(at, 0, { first, columns, before })
    // Only the chunks from the new one on have more rows before them.
    for (const chunk of this.chunks.slice(at)) {
      chunk.before = before
      before += chunk.columns.lines.length
    }
  }
}

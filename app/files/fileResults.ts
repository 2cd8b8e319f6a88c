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

/** Some rows of a run, by position in the list: `indexAt` gives the row's index in the run. */
export interface RowSelection {
  readonly length: number
  indexAt: (position: number) => number
}

interface Chunk {
  /** Index of the chunk's first row among all rows. */
  first: number
  columns: RowColumns
}

/**
 * A file run's results as they arrive: rows in line order (kept as the chunks' columns) and lines
 * per category. Appended in place, chunk by chunk, outside React state: the
 * store only carries a counter of appends, so 100,000 rows never go through a state update one by
 * one, and a row becomes an object only when it is shown.
 */
export class FileResults {
  private readonly chunks: Chunk[] = []
  private rows = 0
  private readonly counts = new Map<CoverageKey, number>()
  /** Where the worker was on each timed-out line, by line. */
  private readonly stuck = new Map<number, ProbePoint | null>()

  append(columns: RowColumns): void {
    const count = columns.lines.length
    if (count > 0) this.chunks.push({ first: this.rows, columns })
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

  row(index: number): FileRow | undefined {
    const chunk = this.chunkOf(index)
    if (!chunk) return undefined
    const at = index - chunk.first
    const line = chunk.columns.lines[at] ?? -1
    return rowAt(chunk.columns, at, this.stuck.get(line) ?? null)
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
      return { length: this.rows, indexAt: (position) => position }
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

  private chunkOf(index: number): Chunk | undefined {
    if (index < 0 || index >= this.rows) return undefined
    let low = 0
    let high = this.chunks.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.chunks[middle]?.first ?? 0) <= index) low = middle
      else high = middle - 1
    }
    return this.chunks[low]
  }
}

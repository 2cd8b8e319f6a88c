import type { FileRow } from '../worker/fileRunProtocol'

/** A coverage category: a rule's name, or one of the outcomes that have none. */
export type CoverageKey = string

export const UNMATCHED: CoverageKey = '(no rule matched)'
export const TIMED_OUT: CoverageKey = '(timed out)'
export const TOO_LONG: CoverageKey = '(too long)'

export function coverageKey(row: FileRow): CoverageKey {
  switch (row.outcome.kind) {
    case 'parsed':
      return row.outcome.rule ?? UNMATCHED
    case 'timedOut':
      return TIMED_OUT
    case 'tooLong':
      return TOO_LONG
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

/**
 * A file run's results as they arrive: rows in line order, lines per category, and the NDJSON
 * parts. Appended in place, chunk by chunk, outside React state: the store only carries a counter
 * of appends, so 100,000 rows never go through a state update one by one.
 */
export class FileResults {
  private readonly rows: FileRow[] = []
  private readonly counts = new Map<CoverageKey, number>()
  private readonly ndjson: Blob[] = []

  append(rows: readonly FileRow[], ndjson: Blob): void {
    for (const row of rows) {
      this.rows.push(row)
      const key = coverageKey(row)
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    }
    this.ndjson.push(ndjson)
  }

  get size(): number {
    return this.rows.length
  }

  row(index: number): FileRow | undefined {
    return this.rows[index]
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
      return { length: this.rows.length, indexAt: (position) => position }
    }
    const indexes = this.filtered(filter)
    return { length: indexes.length, indexAt: (position) => indexes[position] ?? -1 }
  }

  private filtered(filter: RowFilter): number[] {
    const text = filter.text.toLowerCase()
    const out: number[] = []
    this.rows.forEach((row, index) => {
      if (filter.category !== null && coverageKey(row) !== filter.category) return
      if (text !== '' && !`${row.excerpt}\n${row.fields}`.toLowerCase().includes(text)) return
      out.push(index)
    })
    return out
  }

  /** Every event so far, one JSON line each, in line order: what Export downloads. */
  ndjsonBlob(): Blob {
    return new Blob(this.ndjson, { type: 'application/x-ndjson' })
  }
}

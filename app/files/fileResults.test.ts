import { describe, expect, it } from 'vitest'
import type { FileRow, RowOutcome } from '../worker/fileRunProtocol'
import {
  FileResults,
  NO_FILTER,
  type RowFilter,
  TIMED_OUT,
  TOO_LONG,
  UNMATCHED,
} from './fileResults'
import { RowColumnsBuilder } from './rowColumns'

const row = (line: number, outcome: RowOutcome, excerpt = `line ${line}`): FileRow => ({
  line,
  start: line * 10,
  end: line * 10 + 5,
  outcome,
  fields: line % 2 === 0 ? 'user.name=root' : '',
  excerpt,
})
const parsed = (rule: string | null): RowOutcome => ({ kind: 'parsed', rule })

function columnsOf(rows: readonly FileRow[]) {
  const builder = new RowColumnsBuilder()
  for (const each of rows) builder.add(each)
  return builder.build()
}

function results(): FileResults {
  const results = new FileResults()
  results.append(columnsOf([row(0, parsed('AUTH')), row(1, parsed(null)), row(2, parsed('AUTH'))]))
  results.appendTimedOut(row(3, { kind: 'timedOut', where: null }), null)
  results.append(
    columnsOf([row(4, { kind: 'tooLong', bytes: 5 }), row(5, parsed('VPXA'), 'Hostd ready')]),
  )
  return results
}

describe('FileResults', () => {
  it('counts lines per rule and per outcome without a rule, summing to the rows', () => {
    const coverage = results().coverage()
    expect(coverage).toEqual([
      { key: 'AUTH', count: 2 },
      { key: UNMATCHED, count: 1 },
      { key: TIMED_OUT, count: 1 },
      { key: TOO_LONG, count: 1 },
      { key: 'VPXA', count: 1 },
    ])
    expect(coverage.reduce((sum, bar) => sum + bar.count, 0)).toBe(results().size)
  })

  it('filters by category and by text in the excerpt or key fields, case-insensitively', () => {
    const all = {
      matching: (filter: RowFilter) => {
        const selection = results().matching(filter)
        return Array.from({ length: selection.length }, (_, at) => selection.indexAt(at))
      },
    }
    expect(all.matching(NO_FILTER)).toEqual([0, 1, 2, 3, 4, 5])
    expect(all.matching({ category: 'AUTH', text: '' })).toEqual([0, 2])
    expect(all.matching({ category: UNMATCHED, text: '' })).toEqual([1])
    expect(all.matching({ category: null, text: 'hostd' })).toEqual([5])
    expect(all.matching({ category: null, text: 'ROOT' })).toEqual([0, 2, 4])
    expect(all.matching({ category: 'AUTH', text: 'line 2' })).toEqual([2])
  })

  it('gives each row back as it was added, wherever its chunk', () => {
    const all = results()
    expect(all.row(4)).toEqual(row(4, { kind: 'tooLong', bytes: 5 }))
    expect(all.row(3)?.outcome).toEqual({ kind: 'timedOut', where: null })
    expect(all.row(5)?.excerpt).toBe('Hostd ready')
    expect(all.row(6)).toBeUndefined()
  })

  it('lists the timed-out lines with where the worker was, for an export to leave alone', () => {
    const all = results()
    const where = { line: 6, start: 60, end: 65, step: 'grok parsed_event', rule: null }
    all.appendTimedOut(row(6, { kind: 'timedOut', where }), where)
    expect(all.timedOut()).toEqual([
      { line: 3, where: null },
      { line: 6, where },
    ])
  })

  it('takes chunks in any order, listing rows by line with the gaps closed up', () => {
    const all = new FileResults()
    all.append(columnsOf([row(7, parsed('VPXA')), row(8, parsed('VPXA'))]))
    all.append(columnsOf([row(0, parsed('AUTH')), row(1, parsed(null))]))
    all.append(columnsOf([row(2, parsed('AUTH'))]))
    expect(all.size).toBe(5)
    const listed = all.matching(NO_FILTER)
    expect(Array.from({ length: listed.length }, (_, at) => listed.indexAt(at))).toEqual([
      0, 1, 2, 7, 8,
    ])
    expect(listed.indexAt(5)).toBe(-1)
    expect(all.row(7)?.line).toBe(7)
    expect(all.row(4)).toBeUndefined()
    expect(all.matching({ category: 'VPXA', text: '' }).indexAt(1)).toBe(8)
    expect(all.ranges()).toEqual([
      { from: 0, until: 3 },
      { from: 7, until: 9 },
    ])
  })
})

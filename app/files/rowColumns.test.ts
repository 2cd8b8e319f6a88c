import { describe, expect, it } from 'vitest'
import type { FileRow } from '../worker/fileRunProtocol'
import { RowColumnsBuilder, rowAt, ruleAt, searchTextAt } from './rowColumns'

const rows: FileRow[] = [
  {
    line: 7,
    start: 0,
    end: 10,
    outcome: { kind: 'parsed', rule: 'A' },
    fields: 'u=1',
    excerpt: 'é first',
  },
  { line: 8, start: 11, end: 20, outcome: { kind: 'parsed', rule: null }, fields: '', excerpt: '' },
  {
    line: 9,
    start: 21,
    end: 90_000,
    outcome: { kind: 'tooLong', bytes: 89_979 },
    fields: '',
    excerpt: 'x',
  },
  {
    line: 10,
    start: 90_001,
    end: 90_005,
    outcome: { kind: 'parsed', rule: 'A' },
    fields: 'v=2',
    excerpt: 'last',
  },
]

describe('RowColumns', () => {
  it('packs rows into columns and reads each back as it was', () => {
    const builder = new RowColumnsBuilder()
    for (const row of rows) builder.add(row)
    const columns = builder.build()
    expect(builder.count).toBe(4)
    expect(columns.ruleNames).toEqual(['A'])
    expect(rows.map((_, at) => rowAt(columns, at))).toEqual(rows)
    expect(ruleAt(columns, 3)).toBe('A')
    expect(searchTextAt(columns, 0)).toBe('é first\nu=1')
  })

  it('gives a timed-out row the probe it is handed', () => {
    const builder = new RowColumnsBuilder()
    const [first] = rows
    if (!first) throw new Error('no row')
    builder.add({ ...first, outcome: { kind: 'timedOut', where: null } })
    const where = { line: 7, start: 0, end: 10, step: 'grok p', rule: null }
    expect(rowAt(builder.build(), 0, where).outcome).toEqual({ kind: 'timedOut', where })
  })
})

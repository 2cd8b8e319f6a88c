import { describe, expect, it } from 'vitest'
import { lineResult } from '../testing/lineResult'
import { parseProgress } from './progress'

describe('parseProgress', () => {
  it('counts distinct non-empty lines and those already answered', () => {
    const results = new Map([['a', lineResult('a')]])
    const failures = new Map([['c', 'killed']])
    expect(parseProgress('a\nb\n\na\nc\n  ', results, failures)).toEqual({ total: 3, done: 2 })
    expect(parseProgress(null, results, failures)).toEqual({ total: 0, done: 0 })
  })
})

import { describe, expect, it } from 'vitest'
import type { LineResult } from '../worker/protocol'
import { parseProgress } from './progress'

function result(text: string): LineResult {
  return {
    text,
    sample: null,
    description: null,
    scenario: null,
    result: {
      event: { message: text },
      trace: { rule: null, captures: [], steps: [], actions: [], fieldSources: {} },
    },
  }
}

describe('parseProgress', () => {
  it('counts distinct non-empty lines and those already answered', () => {
    const results = new Map([['a', result('a')]])
    const failures = new Map([['c', 'killed']])
    expect(parseProgress('a\nb\n\na\nc\n  ', results, failures)).toEqual({ total: 3, done: 2 })
    expect(parseProgress(null, results, failures)).toEqual({ total: 0, done: 0 })
  })
})

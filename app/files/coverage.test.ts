import { describe, expect, it } from 'vitest'
import { coverageBars } from './coverage'
import { UNMATCHED } from './fileResults'

describe('coverageBars', () => {
  it('keeps the counted categories first, then the rules no line matched, at zero', () => {
    const counts = [
      { key: 'AUTH', count: 5 },
      { key: UNMATCHED, count: 2 },
    ]
    expect(coverageBars(counts, ['VPXA', 'AUTH', 'HOSTD'])).toEqual([
      { key: 'AUTH', count: 5 },
      { key: UNMATCHED, count: 2 },
      { key: 'VPXA', count: 0 },
      { key: 'HOSTD', count: 0 },
    ])
  })
})

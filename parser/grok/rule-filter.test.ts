import { describe, expect, it } from 'vitest'
import { RuleFilter } from './rule-filter'

describe('RuleFilter', () => {
  it('lets a rule through only when all its literals are in the line', () => {
    const filter = new RuleFilter([['Connection from ', ' port '], [], ['Event ']])
    filter.reset()
    const line = 'Connection from 1.2.3.4 port 22'
    expect(filter.viable(0, line)).toBe(true)
    expect(filter.viable(1, line)).toBe(true)
    expect(filter.viable(2, line)).toBe(false)
    expect(filter.any(line)).toBe(true)
  })

  it('forgets the previous line on reset', () => {
    const filter = new RuleFilter([['Event ']])
    filter.reset()
    expect(filter.any('no event here')).toBe(false)
    filter.reset()
    expect(filter.any('Event 1')).toBe(true)
  })
})

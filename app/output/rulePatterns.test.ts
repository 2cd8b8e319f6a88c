import { describe, expect, it } from 'vitest'
import { patternsUsed } from './rulePatterns'

describe('patternsUsed', () => {
  const custom = {
    RULE: '%{HEADER}Event %{INT:id} : %{CHANGE}$',
    HEADER: '^%{WORD:level} %{PROG:daemon} ',
    CHANGE: 'for %{USER:user}@%{IP:ip} %{HEADER}',
    LOOP: '%{LOOP}x',
  }

  it('follows custom patterns depth first, each once, leaving base patterns out', () => {
    expect(patternsUsed('%{RULE}', custom).map((pattern) => pattern.name)).toEqual([
      'RULE',
      'HEADER',
      'CHANGE',
    ])
    expect(patternsUsed('%{RULE}', custom)[1]?.source).toBe(custom.HEADER)
  })

  it('stops on cycles and on unknown names', () => {
    expect(patternsUsed('%{LOOP}', custom).map((pattern) => pattern.name)).toEqual(['LOOP'])
    expect(patternsUsed('%{IP:x} %{NOPE}', custom)).toEqual([])
  })
})

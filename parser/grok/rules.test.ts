import { describe, expect, it } from 'vitest'
import { parseMainPattern } from './parse'
import { topLevelRules } from './rules'

function rules(source: string) {
  const { tree, branches } = parseMainPattern(source)
  return topLevelRules(source, tree, branches)
}

describe('topLevelRules', () => {
  it('gives one rule per top-level alternative with its offsets', () => {
    expect(rules('%{A}|%{B:field:int}|^x %{C}$')).toEqual([
      { name: 'A', source: '%{A}', start: 0, end: 4 },
      { name: 'B', source: '%{B:field:int}', start: 5, end: 19 },
      { name: '^x %{C}$', source: '^x %{C}$', start: 20, end: 28 },
    ])
  })

  it('uses the trimmed text when the alternative is not exactly one reference', () => {
    expect(rules(' %{A} |b').map((rule) => rule.name)).toEqual(['%{A}', 'b'])
  })

  it('keeps a grouped alternation as one rule', () => {
    expect(rules('(?:%{A}|%{B})')).toEqual([
      { name: '(?:%{A}|%{B})', source: '(?:%{A}|%{B})', start: 0, end: 13 },
    ])
  })
})

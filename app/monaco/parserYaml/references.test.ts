import { describe, expect, it } from 'vitest'
import { namedGroups, scanNamedGroups, scanReferences } from './references'

describe('scanReferences', () => {
  it('finds each reference with its field and places, shifted by the offset', () => {
    const text = '^%{IP:source_ip} port %{POSINT}%{INT:code:int}'
    const references = scanReferences(text, 100)
    expect(references.map((ref) => [ref.name, ref.field])).toEqual([
      ['IP', 'source_ip'],
      ['POSINT', null],
      ['INT', 'code'],
    ])
    const [first] = references
    expect(first?.span).toEqual({ start: 101, end: 116 })
    expect(first?.nameSpan).toEqual({ start: 103, end: 105 })
    expect(first?.fieldSpan).toEqual({ start: 106, end: 115 })
    expect(references[1]?.fieldSpan).toBeNull()
  })

  it('ignores what is not a reference', () => {
    expect(scanReferences('%{ IP } %{} %{IP x} 100%')).toEqual([])
  })
})

describe('namedGroups', () => {
  it('reads Python and RE2 named groups, not look-behinds or escaped parentheses', () => {
    expect(namedGroups('(?P<action>a|b) (?<pid>\\d+) (?<=x)(?<!y) \\(?P<literal>z)')).toEqual([
      'action',
      'pid',
    ])
  })
})

describe('scanNamedGroups', () => {
  it('places each group name, shifted by the offset', () => {
    const text = 'x(?P<action>a) (?<pid>1)'
    const groups = scanNamedGroups(text, 10)
    expect(groups.map((group) => group.name)).toEqual(['action', 'pid'])
    expect(groups.map((group) => text.slice(group.span.start - 10, group.span.end - 10))).toEqual([
      'action',
      'pid',
    ])
  })
})

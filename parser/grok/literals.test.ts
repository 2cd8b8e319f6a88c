import { describe, expect, it } from 'vitest'
import { PatternLibrary } from './library'
import { Linker } from './link'
import { requiredLiterals } from './literals'
import { parsePattern } from './parse'

function literals(source: string, customPatterns: Record<string, string> = {}) {
  return requiredLiterals(
    new Linker(new PatternLibrary(customPatterns)).link(parsePattern(source, null), null),
  )
}

describe('requiredLiterals', () => {
  it('collects the literal runs every match contains, longest first', () => {
    expect(literals('^Connection from %{IP:ip} port %{INT:port}$')).toEqual([
      'Connection from ',
      ' port ',
    ])
  })

  it('joins literals across groups and references that match fixed text', () => {
    expect(literals('a(?:bc)%{X}d', { X: 'ef' })).toEqual(['abcefd'])
  })

  it('keeps what all alternatives share, and nothing from optional parts', () => {
    expect(literals('(?:user=|user:)x')).toEqual(['user', 'x'])
    expect(literals('a?(?:bcd)*e')).toEqual(['e'])
    expect(literals('(?:ab){2}')).toEqual(['abab'])
  })

  it('ignores case-insensitive letters and classes', () => {
    expect(literals('(?i)error [0-9]')).toEqual([' '])
    expect(literals('(?i)error\\d')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { compileGrok } from './compile'
import { grokErrorOf, located } from './testing/errors'

function errorOf(pattern: string, customPatterns: Record<string, string> = {}) {
  return located(grokErrorOf(() => compileGrok(pattern, { customPatterns })))
}

describe('linking references (engine.md §3: recursive, custom patterns override base ones)', () => {
  it('reports an unknown pattern at its %{…} token in the main pattern', () => {
    expect(errorOf('^%{WORD} %{NOPE:x}$')).toEqual({
      code: 'grok-unknown-pattern',
      patternName: null,
      offset: 9,
      length: 9,
    })
  })

  it('reports an unknown pattern inside the custom pattern that uses it', () => {
    expect(errorOf('%{RULE}', { RULE: 'a %{MISSING}' })).toEqual({
      code: 'grok-unknown-pattern',
      patternName: 'RULE',
      offset: 2,
      length: 10,
    })
  })

  it('reports a cycle at the reference that closes it', () => {
    const error = grokErrorOf(() =>
      compileGrok('%{A}', { customPatterns: { A: 'x%{B}', B: 'y %{A}' } }),
    )
    expect(located(error)).toEqual({ code: 'grok-cycle', patternName: 'B', offset: 2, length: 4 })
    expect(error.message).toContain('A → B → A')
    expect(errorOf('%{SELF}', { SELF: '(%{SELF})?' })).toMatchObject({
      code: 'grok-cycle',
      patternName: 'SELF',
      offset: 1,
    })
  })

  it('reports syntax errors inside a custom pattern with that pattern name', () => {
    expect(errorOf('%{A}', { A: '%{WORD} (' })).toEqual({
      code: 'grok-syntax',
      patternName: 'A',
      offset: 8,
      length: 1,
    })
  })

  it('only looks at the custom patterns the pattern uses', () => {
    expect(() => compileGrok('%{WORD}', { customPatterns: { UNUSED: '(' } })).not.toThrow()
  })

  it('refuses a pattern whose expansion is unreasonably large', () => {
    const customPatterns: Record<string, string> = { P0: '%{IPV6}' }
    for (let level = 1; level <= 12; level++)
      customPatterns[`P${level}`] = `%{P${level - 1}}%{P${level - 1}}`
    expect(errorOf('x%{P12}', customPatterns)).toMatchObject({
      code: 'grok-unsupported',
      patternName: null,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { compileGrok } from './compile'
import { expandedSource } from './expanded-source'
import { grokErrorOf, located } from './testing/errors'

describe('expandedSource', () => {
  it('expands references recursively, wrapped and named', () => {
    expect(expandedSource('USER')).toBe('[a-zA-Z0-9._-]+')
    expect(expandedSource('SYSLOGPROG')).toBe(
      '(?P<program>[\\x21-\\x5a\\x5c\\x5e-\\x7e]+)(?:\\[(?P<pid>\\b(?:[1-9][0-9]*)\\b)\\])?',
    )
    expect(expandedSource('R', { R: '%{W:w}-%{W}', W: 'x|y' })).toBe('(?P<w>x|y)-(?:x|y)')
  })

  it('gives a text that compiles to the same matcher', () => {
    const text = expandedSource('SYSLOGBASE')
    const line = 'Apr 18 07:14:36 esx01 hostd[2099656]:'
    expect(compileGrok(text).match(line)?.values).toEqual(
      compileGrok('%{SYSLOGBASE}').match(line)?.values,
    )
  })

  it('throws located errors for unknown names and cycles', () => {
    expect(located(grokErrorOf(() => expandedSource('NOPE')))).toMatchObject({
      code: 'grok-unknown-pattern',
    })
    expect(located(grokErrorOf(() => expandedSource('A', { A: 'x%{B}', B: '%{A}' })))).toEqual({
      code: 'grok-cycle',
      patternName: 'B',
      offset: 0,
      length: 4,
    })
  })
})

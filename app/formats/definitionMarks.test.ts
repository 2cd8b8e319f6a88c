import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../parser/types'
import type { FormatSummary } from '../worker/protocol'
import { definitionMarks, matchedRule } from './definitionMarks'

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'grok-unknown-pattern',
  file: 'ingest/parser.yml',
  line: 29,
  column: 41,
  endLine: 29,
  endColumn: 62,
  message: 'unknown grok pattern NOPE',
  ...overrides,
})

describe('definitionMarks', () => {
  it('marks parser.yml’s diagnostics where they are, saying what kind of problem each is', () => {
    const marks = definitionMarks([
      diagnostic({}),
      diagnostic({ file: 'tests/A.json', code: 'test-file' }),
      diagnostic({ code: 'yaml', line: 3, column: 5, endLine: 3, endColumn: 5, message: 'bad' }),
    ])
    expect(marks).toEqual([
      {
        severity: 'error',
        startLineNumber: 29,
        startColumn: 41,
        endLineNumber: 29,
        endColumn: 62,
        message: 'Unknown grok pattern: unknown grok pattern NOPE',
        code: 'grok-unknown-pattern',
      },
      {
        severity: 'error',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 6,
        message: 'YAML syntax: bad',
        code: 'yaml',
      },
    ])
  })
})

describe('matchedRule', () => {
  const rule = { name: 'R_A', source: '', file: 'ingest/parser.yml', line: 12, column: 11 }
  it('finds the matched rule’s place while the definition compiles, not while it is broken', () => {
    const summary = (state: FormatSummary['definitionState']): FormatSummary => ({
      rev: 1,
      name: 'F',
      slug: 'f',
      uuid: 'u',
      diagnostics: [],
      definition: { file: 'ingest/parser.yml', text: '' },
      sourceDefinition: '',
      platform: '2023',
      manifestPlatform: null,
      customPatterns: {},
      samples: [],
      rules: [rule],
      definitionState: state,
    })
    expect(matchedRule(summary('ok'), 'R_A')).toEqual(rule)
    expect(matchedRule(summary('ok'), 'R_B')).toBeNull()
    expect(matchedRule(summary('ok'), null)).toBeNull()
    expect(matchedRule(summary('broken-using-last-good'), 'R_A')).toBeNull()
  })
})

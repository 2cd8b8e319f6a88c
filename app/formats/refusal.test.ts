import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../parser/types'
import type { FormatSummary } from '../worker/protocol'
import { refusalOf } from './refusal'

const problem = (file: string, line: number, severity: Diagnostic['severity']): Diagnostic => ({
  severity,
  code: 'test-file',
  file,
  line,
  column: 3,
  endLine: line,
  endColumn: 4,
  message: `problem ${line}`,
})

function summary(
  definitionState: FormatSummary['definitionState'],
  diagnostics: Diagnostic[],
): FormatSummary {
  return {
    rev: 1,
    name: 'F',
    slug: 'f',
    uuid: 'u',
    rules: null,
    diagnostics,
    definition: { file: 'ingest/parser.yml', text: '' },
    sourceDefinition: '',
    definitionState,
    platform: '2026',
    manifestPlatform: null,
    customPatterns: {},
    samples: [],
  }
}

describe('refusalOf', () => {
  it('takes a folder whose parser compiles, whatever the problems of its other files', () => {
    expect(refusalOf(summary('ok', [problem('tests/A.json', 1, 'warning')]), 'f')).toBeNull()
    expect(refusalOf(summary('ok', [problem('tests/A.json', 2, 'error')]), 'g')).toBeNull()
  })

  it('refuses a folder without a working parser, saying where its errors are', () => {
    expect(
      refusalOf(summary('broken-no-parser', [problem('ingest/parser.yml', 7, 'error')]), 'f'),
    ).toBe(`f was not opened: it has no working parser:
ingest/parser.yml:7:3: problem 7`)
    expect(
      refusalOf(
        summary('broken-using-last-good', [
          problem('_meta/fields.yml', 2, 'error'),
          problem('tests/A.json', 1, 'warning'),
        ]),
        'g',
      ),
    ).toBe('g was not opened: it has no working parser:\n_meta/fields.yml:2:3: problem 2')
    expect(refusalOf(summary('broken-no-parser', []), 'h')).toBe(
      'h was not opened: it has no working parser.',
    )
  })

  it('lists five problems and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, index) =>
      problem('tests/A.json', index + 1, 'error'),
    )
    const refusal = refusalOf(summary('broken-no-parser', many), 'f') ?? ''
    expect(refusal.split('\n')).toHaveLength(7)
    expect(refusal).toMatch(/tests\/A\.json:5:3: problem 5\n… and 2 more$/)
  })
})

import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../parser/types'
import { problemGroups, problemTally } from './problemGroups'

function problem(
  file: string,
  line: number,
  column: number,
  severity: Diagnostic['severity'] = 'error',
  message = `problem at ${line}:${column}`,
): Diagnostic {
  return {
    severity,
    code: 'yaml',
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    message,
  }
}

const located = (diagnostic: Diagnostic) =>
  `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity}`

describe('problemGroups', () => {
  it('has no group for a format without problems', () => {
    expect(problemGroups([])).toEqual([])
  })

  it('puts parser.yml first, then the other files by path, _meta before tests', () => {
    const groups = problemGroups([
      problem('tests/b.json', 1, 1),
      problem('_meta/manifest.yml', 2, 1),
      problem('ingest/parser.yml', 9, 1),
      problem('tests/B.json', 1, 1),
      problem('_meta/fields.yml', 3, 1),
    ])
    expect(groups.map((group) => group.file)).toEqual([
      'ingest/parser.yml',
      '_meta/fields.yml',
      '_meta/manifest.yml',
      'tests/B.json',
      'tests/b.json',
    ])
    expect(groups.map((group) => group.editable)).toEqual([true, false, false, false, false])
  })

  it("lists a file's problems by line, then column, errors before warnings at one place", () => {
    const [group] = problemGroups([
      problem('_meta/fields.yml', 12, 1),
      problem('_meta/fields.yml', 3, 9, 'warning'),
      problem('_meta/fields.yml', 3, 2, 'warning'),
      problem('_meta/fields.yml', 3, 2, 'error'),
    ])
    expect(group?.problems.map(located)).toEqual([
      '_meta/fields.yml:3:2 error',
      '_meta/fields.yml:3:2 warning',
      '_meta/fields.yml:3:9 warning',
      '_meta/fields.yml:12:1 error',
    ])
  })

  it('counts errors and warnings of each file', () => {
    const groups = problemGroups([
      problem('tests/A.json', 1, 1),
      problem('_meta/manifest.yml', 1, 1, 'warning'),
      problem('tests/A.json', 4, 1, 'warning'),
      problem('tests/A.json', 2, 1),
    ])
    expect(groups.map(({ file, errors, warnings }) => ({ file, errors, warnings }))).toEqual([
      { file: '_meta/manifest.yml', errors: 0, warnings: 1 },
      { file: 'tests/A.json', errors: 2, warnings: 1 },
    ])
  })

  it('lists a problem reported twice once, but keeps different ones at the same place', () => {
    const [group] = problemGroups([
      problem('ingest/parser.yml', 5, 3, 'error', 'unknown pattern X'),
      problem('ingest/parser.yml', 5, 3, 'error', 'unknown pattern X'),
      problem('ingest/parser.yml', 5, 3, 'error', 'unknown pattern Y'),
    ])
    expect(group?.problems.map((entry) => entry.message)).toEqual([
      'unknown pattern X',
      'unknown pattern Y',
    ])
    expect(group?.errors).toBe(2)
  })
})

describe('problemTally', () => {
  it('counts the problems of every file by severity, leaving out a severity none has', () => {
    expect(problemTally(problemGroups([]))).toBe('')
    expect(problemTally(problemGroups([problem('tests/A.json', 1, 1)]))).toBe('1 error')
    const groups = problemGroups([
      problem('tests/A.json', 1, 1),
      problem('_meta/fields.yml', 2, 1),
      problem('_meta/manifest.yml', 1, 1, 'warning'),
    ])
    expect(problemTally(groups)).toBe('2 errors, 1 warning')
    expect(
      problemTally(problemGroups([problem('a', 1, 1, 'warning'), problem('a', 2, 1, 'warning')])),
    ).toBe('2 warnings')
  })
})

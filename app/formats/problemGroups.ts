import { PARSER_FILE } from '../../parser/format/index'
import type { Diagnostic } from '../../parser/types'

/** The problems of one file of a format folder, in reading order. */
export interface ProblemGroup {
  file: string
  /** Only parser.yml is editable in the playground: its problems can be shown in the editor. */
  editable: boolean
  problems: Diagnostic[]
  errors: number
  warnings: number
}

const sameProblem = (a: Diagnostic, b: Diagnostic) =>
  a.line === b.line &&
  a.column === b.column &&
  a.severity === b.severity &&
  a.code === b.code &&
  a.message === b.message

const SEVERITY_ORDER: Readonly<Record<Diagnostic['severity'], number>> = { error: 0, warning: 1 }

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const inReadingOrder = (a: Diagnostic, b: Diagnostic) =>
  a.line - b.line ||
  a.column - b.column ||
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  byCodeUnits(a.message, b.message)

// parser.yml first, being the file the user edits here; the others by path, so that _meta/ comes
// before tests/ and a folder's problems read in the same order on every machine.
const fileOrder = (a: string, b: string) =>
  Number(b === PARSER_FILE) - Number(a === PARSER_FILE) || byCodeUnits(a, b)

/**
 * A format's diagnostics by file, each file's in line and column order. The same problem reported
 * twice (by the folder's reading and by the compiler) is listed once.
 */
export function problemGroups(diagnostics: readonly Diagnostic[]): ProblemGroup[] {
  const byFile = new Map<string, Diagnostic[]>()
  for (const diagnostic of diagnostics) {
    const problems = byFile.get(diagnostic.file) ?? []
    if (!problems.some((problem) => sameProblem(problem, diagnostic))) problems.push(diagnostic)
    byFile.set(diagnostic.file, problems)
  }
  return [...byFile.keys()].sort(fileOrder).map((file) => {
    const problems = (byFile.get(file) ?? []).sort(inReadingOrder)
    const errors = problems.filter((problem) => problem.severity === 'error').length
    return {
      file,
      editable: file === PARSER_FILE,
      problems,
      errors,
      warnings: problems.length - errors,
    }
  })
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** "2 errors, 1 warning": how many problems the groups hold, by severity, the nil ones unsaid. */
export function problemTally(groups: readonly ProblemGroup[]): string {
  const errors = groups.reduce((sum, group) => sum + group.errors, 0)
  const warnings = groups.reduce((sum, group) => sum + group.warnings, 0)
  const parts = [
    errors > 0 ? counted(errors, 'error') : '',
    warnings > 0 ? counted(warnings, 'warning') : '',
  ]
  return parts.filter((part) => part !== '').join(', ')
}

import { PARSER_FILE } from '../../parser/format/index'
import type { RuleInfo } from '../../parser/index'
import type { Diagnostic } from '../../parser/types'
import type { FormatSummary } from '../worker/protocol'

/** A problem of parser.yml as an editor marks it: 1-based, the end after the last character. */
export interface DefinitionMark {
  severity: Diagnostic['severity']
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
  message: string
  code: string
}

const KIND: Readonly<Record<Diagnostic['code'], string>> = {
  yaml: 'YAML syntax',
  json: 'JSON syntax',
  schema: 'Definition',
  'unknown-stage': 'Unknown stage',
  'grok-unknown-pattern': 'Unknown grok pattern',
  'grok-cycle': 'Grok pattern cycle',
  'grok-syntax': 'Invalid regular expression',
  'grok-unsupported': 'Unsupported regular expression',
  'template-syntax': 'Template syntax',
  'test-file': 'Test file',
}

/** The diagnostics of parser.yml as marks; one without extent gets its character marked. */
export function definitionMarks(diagnostics: readonly Diagnostic[]): DefinitionMark[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.file === PARSER_FILE)
    .map((diagnostic) => {
      const empty =
        diagnostic.endLine < diagnostic.line ||
        (diagnostic.endLine === diagnostic.line && diagnostic.endColumn <= diagnostic.column)
      return {
        severity: diagnostic.severity,
        startLineNumber: diagnostic.line,
        startColumn: diagnostic.column,
        endLineNumber: empty ? diagnostic.line : diagnostic.endLine,
        endColumn: empty ? diagnostic.column + 1 : diagnostic.endColumn,
        message: `${KIND[diagnostic.code]}: ${diagnostic.message}`,
        code: diagnostic.code,
      }
    })
}

/**
 * Where the rule that matched is written, when the rules listed are those of the text on screen
 * (while the definition is broken they are the last good one's, whose lines may have moved).
 */
export function matchedRule(format: FormatSummary, rule: string | null): RuleInfo | null {
  if (rule === null || format.definitionState !== 'ok' || !format.rules) return null
  return format.rules.find((info) => info.name === rule && info.file === PARSER_FILE) ?? null
}

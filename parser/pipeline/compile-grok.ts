import type { GrokStepDefinition, TextAt } from '../format'
import { diagnosticAt, type SourceFile } from '../format/position'
import { type CompiledGrok, compileGrok, GrokError } from '../grok'
import type { Diagnostic } from '../types'
import type { RuleInfo } from './types'

/** The text a GrokError points into: the step's pattern, or the custom pattern it names. */
function errorText(step: GrokStepDefinition, error: GrokError): TextAt {
  if (error.patternName === null) return step.pattern
  return step.customPatterns[error.patternName]?.pattern ?? step.pattern
}

function grokDiagnostic(source: SourceFile, step: GrokStepDefinition, error: unknown): Diagnostic {
  if (!(error instanceof GrokError)) {
    const message = error instanceof Error ? error.message : String(error)
    return diagnosticAt(
      source,
      step.pattern.span.start,
      step.pattern.span.end,
      'grok-syntax',
      message,
    )
  }
  const text = errorText(step, error)
  const inPattern = error.patternName === null || step.customPatterns[error.patternName]
  // An error inside a base-library pattern cannot be shown there: point at the step's pattern.
  const offset = inPattern ? error.offset : 0
  const start = text.sourceOffset(offset)
  const end = text.sourceOffset(offset + Math.max(1, error.length))
  return diagnosticAt(source, start, Math.max(end, start + 1), error.code, error.message)
}

/** Where each top-level alternative is defined: its custom pattern's key, else its place in the pattern. */
function ruleInfos(source: SourceFile, step: GrokStepDefinition, grok: CompiledGrok): RuleInfo[] {
  return grok.rules.map((rule) => {
    const custom = step.customPatterns[rule.name]
    const offset = custom ? custom.key.span.start : step.pattern.sourceOffset(rule.start)
    const { line, column } = source.lines.position(offset)
    return { name: rule.name, source: rule.source, file: source.file, line, column }
  })
}

export function compileGrokStep(
  source: SourceFile,
  step: GrokStepDefinition,
  diagnostics: Diagnostic[],
): { grok: CompiledGrok; rules: RuleInfo[] } | null {
  const customPatterns: Record<string, string> = {}
  for (const [name, custom] of Object.entries(step.customPatterns)) {
    customPatterns[name] = custom.pattern.value
  }
  try {
    const grok = compileGrok(step.pattern.value, { customPatterns })
    return { grok, rules: ruleInfos(source, step, grok) }
  } catch (error) {
    diagnostics.push(grokDiagnostic(source, step, error))
    return null
  }
}

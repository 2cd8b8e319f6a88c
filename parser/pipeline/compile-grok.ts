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

function grokDiagnostic(
  source: SourceFile,
  step: GrokStepDefinition,
  error: unknown,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  if (!(error instanceof GrokError)) {
    const message = error instanceof Error ? error.message : String(error)
    return diagnosticAt(
      source,
      step.pattern.span.start,
      step.pattern.span.end,
      'grok-syntax',
      message,
      severity,
    )
  }
  const text = errorText(step, error)
  const inPattern = error.patternName === null || step.customPatterns[error.patternName]
  // An error inside a base-library pattern cannot be shown there: point at the step's pattern.
  const offset = inPattern ? error.offset : 0
  const start = text.sourceOffset(offset)
  const end = text.sourceOffset(offset + Math.max(1, error.length))
  return diagnosticAt(source, start, Math.max(end, start + 1), error.code, error.message, severity)
}

const REFERENCE = /%\{(\w+)/g

/** The custom patterns the step's pattern reaches, through the custom patterns it references. */
function reachedCustomPatterns(step: GrokStepDefinition): Set<string> {
  const reached = new Set<string>()
  const pending = [step.pattern.value]
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const [, name = ''] of text.matchAll(REFERENCE)) {
      const custom = step.customPatterns[name]
      if (!custom || reached.has(name)) continue
      reached.add(name)
      pending.push(custom.pattern.value)
    }
  }
  return reached
}

/**
 * Compiling the pattern only reads the custom patterns it uses; a broken one nothing uses is
 * reported too, as a warning: the platform runs such parsers (Netfilter's has one).
 */
function checkUnusedPatterns(
  source: SourceFile,
  step: GrokStepDefinition,
  customPatterns: Record<string, string>,
  diagnostics: Diagnostic[],
): void {
  const reached = reachedCustomPatterns(step)
  const reported = new Set<string>()
  for (const name of Object.keys(step.customPatterns)) {
    if (reached.has(name)) continue
    try {
      compileGrok(`%{${name}}`, { customPatterns })
    } catch (error) {
      if (!(error instanceof GrokError) || error.patternName === null) continue
      const diagnostic = grokDiagnostic(source, step, error, 'warning')
      const at = `${diagnostic.line}:${diagnostic.column}`
      if (!reported.has(at)) diagnostics.push(diagnostic)
      reported.add(at)
    }
  }
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
    checkUnusedPatterns(source, step, customPatterns, diagnostics)
    return { grok, rules: ruleInfos(source, step, grok) }
  } catch (error) {
    diagnostics.push(grokDiagnostic(source, step, error))
    return null
  }
}

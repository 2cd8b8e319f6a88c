import type { TextAt } from '../format'
import { diagnosticAt, type SourceFile } from '../format/position'
import { compileTemplate, isTemplate, TemplateSyntaxError } from '../template'
import type { Diagnostic } from '../types'
import type { CompiledText } from './types'

/** A template's syntax error at the line and column of parser.yml where the user wrote it. */
export function templateDiagnostic(source: SourceFile, text: TextAt, error: unknown): Diagnostic {
  const offset = error instanceof TemplateSyntaxError ? error.offset : 0
  const start = text.sourceOffset(offset)
  const end = text.sourceOffset(offset + 1)
  const message = error instanceof Error ? error.message : String(error)
  return diagnosticAt(source, start, Math.max(end, start + 1), 'template-syntax', message)
}

/**
 * Compiles a filter or a value once. Text without template syntax still goes through the
 * template engine, once, because Jinja2 renders it too (a trailing newline is dropped).
 */
export function compileText(
  source: SourceFile,
  text: TextAt,
  diagnostics: Diagnostic[],
): CompiledText | null {
  try {
    const template = compileTemplate(text.value)
    if (isTemplate(text.value)) return { kind: 'template', template }
    return { kind: 'constant', rendered: template.render({}) }
  } catch (error) {
    diagnostics.push(templateDiagnostic(source, text, error))
    return null
  }
}

/**
 * Compiles each distinct text once. Filters repeat (`parsed_event.result != None` on several steps
 * and actions): one compiled filter per text lets a run reuse its result while the layers stay the same.
 */
export class TextCompiler {
  private readonly compiled = new Map<string, CompiledText>()

  constructor(
    readonly source: SourceFile,
    private readonly diagnostics: Diagnostic[],
  ) {}

  compile(text: TextAt): CompiledText | null {
    const known = this.compiled.get(text.value)
    if (known) return known
    const compiled = compileText(this.source, text, this.diagnostics)
    if (compiled) this.compiled.set(text.value, compiled)
    return compiled
  }
}

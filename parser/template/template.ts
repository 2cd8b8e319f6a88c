// compileTemplate: parse and compile once, render many times with Jinja2's output rules.
import type { Stmt } from './ast'
import { assignedNames, compileBody, type Exec } from './compileStmt'
import { compileDirect, printedPath, UNDECIDED } from './direct'
import { TemplateRuntimeError, TemplateSyntaxError } from './errors'
import { Frame, RootScope, type Scope } from './frame'
import { parseTemplate } from './parser'
import { collectReferences } from './references'

export type { Scope }

export interface Template {
  readonly source: string
  /** Renders with Jinja2's semantics; throws TemplateRuntimeError where Jinja2 would raise. */
  render(scope: Scope): string
  /** Dotted paths the template reads from its scope, e.g. 'parsed_event.result.source_ip'. */
  readonly references: readonly string[]
  /**
   * For a template that is exactly `{{ a.b.c }}`, its path: a caller holding plain values may read
   * a string or None there itself (printed as itself, or 'None') instead of rendering.
   */
  readonly printedPath?: readonly string[] | null
}

/** Throws TemplateSyntaxError where Jinja2 would refuse the template (or this engine cannot run it). */
export function compileTemplate(source: string): Template {
  let body: Stmt[]
  let run: Exec
  try {
    body = parseTemplate(source)
    run = compileBody(body, { source, assigned: assignedNames(body), soft: false })
  } catch (e) {
    // Python's parser gives up on deep nesting too (RecursionError); here it is a located refusal.
    if (e instanceof RangeError)
      throw new TemplateSyntaxError('the template is nested too deeply', 0, source)
    throw e
  }
  const direct = compileDirect(body)
  return {
    source,
    references: collectReferences(body),
    printedPath: printedPath(body),
    render(scope: Scope): string {
      if (direct) {
        const text = direct(scope)
        if (text !== UNDECIDED) return text
      }
      const out: string[] = []
      try {
        run(new Frame(new RootScope(scope)), out)
      } catch (e) {
        // Runaway recursion or a huge string is a failed render, like Python's RecursionError/MemoryError.
        if (e instanceof RangeError) throw new TemplateRuntimeError(e.message)
        throw e
      }
      return out.join('')
    },
  }
}

/** Text the platform would render as a template rather than use as a constant. */
export const isTemplate = (text: string): boolean => /\{[{%#]/.test(text)

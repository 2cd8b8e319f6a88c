// Renaming a custom pattern, a capture or a stage everywhere it is named in the parser.yml.

import { captureSites } from './captureSites'
import { symbolAt, usagesAt } from './navigation'
import type { ParserOutline, Span } from './outline'

export interface RenameTarget {
  name: string
  /** The name under the cursor. */
  span: Span
  /** Names a rename must not take: they would merge two patterns, captures or stages. */
  taken: string[]
}

export type Refusal = { refused: string }

/** What a rename at `offset` would change, or why nothing can be renamed there. */
export function renameTargetAt(
  text: string,
  outline: ParserOutline,
  offset: number,
): RenameTarget | Refusal {
  const symbol = symbolAt(text, outline, offset)
  switch (symbol?.kind) {
    case 'reference': {
      const { name, nameSpan } = symbol.reference
      const taken = symbol.step.customPatterns.map((pattern) => pattern.name)
      if (taken.includes(name)) return { name, span: nameSpan, taken }
      return { refused: `${name} is a base grok pattern: only custom patterns can be renamed` }
    }
    case 'pattern':
      return {
        name: symbol.pattern.name,
        span: symbol.pattern.key,
        taken: symbol.step.customPatterns.map((pattern) => pattern.name),
      }
    case 'capture':
      return {
        name: symbol.name,
        span: symbol.span,
        taken: captureSites(text, symbol.step).map((site) => site.name),
      }
    case 'pipeline entry':
    case 'stage': {
      const taken = outline.stages.map((stage) => stage.name)
      if (taken.includes(symbol.named.name)) return { ...symbol.named, taken }
      return { refused: `${symbol.named.name} is not a stage under stages` }
    }
    default:
      return { refused: 'Only custom patterns, captures and stages can be renamed' }
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** The places to rewrite to `newName`, or why the rename is refused. */
export function renameSpans(
  text: string,
  outline: ParserOutline,
  offset: number,
  newName: string,
): Span[] | Refusal {
  const target = renameTargetAt(text, outline, offset)
  if ('refused' in target) return target
  if (newName === target.name) return []
  // Templates read captures and layers as Python identifiers; grok names are a subset of those.
  if (!IDENTIFIER.test(newName)) return { refused: `${newName} is not a valid name` }
  if (target.taken.includes(newName)) return { refused: `${newName} is already used` }
  const spans = usagesAt(text, outline, offset, true)
  // A name written with quotes or escapes cannot be rewritten in place.
  if (spans.some((span) => text.slice(span.start, span.end) !== target.name)) {
    return { refused: `${target.name} is written quoted somewhere: rename it by hand` }
  }
  return spans
}

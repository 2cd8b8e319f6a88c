// The regex a pattern name stands for, spelled as the engine expands it (engine.md §3): `%{NAME}`
// becomes `(?:definition)`, `%{NAME:field}` `(?P<field>definition)`, recursively.

import { definedIn, type PatternTable } from './patternTable'
import { scanReferences } from './references'

function expand(text: string, table: PatternTable, stack: readonly string[]): string {
  let expanded = ''
  let from = 0
  for (const reference of scanReferences(text)) {
    const definition = definedIn(table, reference.name)
    expanded += text.slice(from, reference.span.start)
    from = reference.span.end
    // An unknown or self-referring name stays as written: the compiler reports it, the hover shows it.
    if (definition === null || stack.includes(reference.name)) {
      expanded += text.slice(reference.span.start, reference.span.end)
      continue
    }
    const inner = expand(definition, table, [...stack, reference.name])
    expanded += reference.field === null ? `(?:${inner})` : `(?P<${reference.field}>${inner})`
  }
  return expanded + text.slice(from)
}

/** The full expansion of pattern `name`, or null when the table does not define it. */
export function expandPattern(name: string, table: PatternTable): string | null {
  const definition = definedIn(table, name)
  return definition === null ? null : expand(definition, table, [name])
}

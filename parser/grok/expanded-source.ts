// The fully expanded regex text of a named pattern, for the editor's hover: each %{NAME} becomes
// `(?:definition)`, each %{NAME:field} `(?P<field>definition)`, recursively.

import { forEachNode, type ParsedNode, type RefNode } from './ast'
import { GrokError } from './errors'
import { PatternLibrary } from './library'
import { assertResolvable } from './link'

function references(tree: ParsedNode): RefNode[] {
  const refs: RefNode[] = []
  forEachNode(tree, (node) => {
    if (node.kind === 'ref') refs.push(node)
  })
  return refs
}

function expand(library: PatternLibrary, name: string, stack: readonly string[]): string {
  const definition = library.lookup(name)
  if (!definition) throw new Error(`expand called for unknown pattern ${name}`)
  let text = ''
  let from = 0
  for (const ref of references(definition.tree).sort((a, b) => a.start - b.start)) {
    assertResolvable(library, ref, name, stack)
    const inner = expand(library, ref.name, [...stack, ref.name])
    text += definition.source.slice(from, ref.start)
    text += ref.field === null ? `(?:${inner})` : `(?P<${ref.field}>${inner})`
    from = ref.end
  }
  return text + definition.source.slice(from)
}

/** The expanded regex of pattern `name` (custom patterns override base ones); throws GrokError. */
export function expandedSource(name: string, customPatterns?: Record<string, string>): string {
  const library = new PatternLibrary(customPatterns)
  if (!library.lookup(name)) {
    throw new GrokError('grok-unknown-pattern', `unknown pattern ${name}`, null, 0, name.length)
  }
  return expand(library, name, [name])
}

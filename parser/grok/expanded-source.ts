// The fully expanded regex text of a named pattern, for the editor's hover: each %{NAME} becomes
// `(?:definition)`, each %{NAME:field} `(?P<field>definition)`, recursively.

import type { ParsedNode, RefNode } from './ast'
import { GrokError } from './errors'
import { PatternLibrary } from './library'

function references(node: ParsedNode, out: RefNode[] = []): RefNode[] {
  switch (node.kind) {
    case 'ref':
      out.push(node)
      break
    case 'concat':
      for (const item of node.items) references(item, out)
      break
    case 'alt':
      for (const branch of node.branches) references(branch, out)
      break
    case 'capture':
    case 'repeat':
      references(node.body, out)
      break
    default:
      break
  }
  return out
}

function expand(library: PatternLibrary, name: string, stack: readonly string[]): string {
  const definition = library.lookup(name)
  if (!definition) throw new Error(`expand called for unknown pattern ${name}`)
  let text = ''
  let from = 0
  for (const ref of references(definition.tree).sort((a, b) => a.start - b.start)) {
    const length = ref.end - ref.start
    if (!library.lookup(ref.name)) {
      throw new GrokError(
        'grok-unknown-pattern',
        `unknown pattern ${ref.name}`,
        name,
        ref.start,
        length,
      )
    }
    if (stack.includes(ref.name)) {
      const path = [...stack.slice(stack.indexOf(ref.name)), ref.name].join(' → ')
      throw new GrokError(
        'grok-cycle',
        `pattern ${ref.name} refers to itself: ${path}`,
        name,
        ref.start,
        length,
      )
    }
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

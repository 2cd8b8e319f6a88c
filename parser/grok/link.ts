// Replaces every %{NAME} / %{NAME:field} reference with the referenced definition's tree
// (engine.md §3: wrapped as a group, named when a field is given), recursively.

import type { ParsedNode, RefNode, RegexNode } from './ast'
import { GrokError } from './errors'
import type { PatternLibrary } from './library'

/**
 * Throws the GrokError for a reference to an unknown pattern or to one already being expanded
 * (`stack`: the names from the outermost definition inward); `owner` is the referring pattern.
 */
export function assertResolvable(
  library: PatternLibrary,
  ref: RefNode,
  owner: string | null,
  stack: readonly string[],
): void {
  const length = ref.end - ref.start
  if (!library.lookup(ref.name)) {
    throw new GrokError(
      'grok-unknown-pattern',
      `unknown pattern ${ref.name}`,
      owner,
      ref.start,
      length,
    )
  }
  if (stack.includes(ref.name)) {
    const path = [...stack.slice(stack.indexOf(ref.name)), ref.name].join(' → ')
    throw new GrokError(
      'grok-cycle',
      `pattern ${ref.name} refers to itself: ${path}`,
      owner,
      ref.start,
      length,
    )
  }
}

export class Linker {
  private readonly library: PatternLibrary
  // A linked definition is immutable and reference-free, so every use can share it.
  private readonly linked = new Map<string, RegexNode>()

  constructor(library: PatternLibrary) {
    this.library = library
  }

  /** Links a tree parsed from `patternName`'s source (null: the main pattern). */
  link(tree: ParsedNode, patternName: string | null): RegexNode {
    return this.walk(tree, patternName, patternName === null ? [] : [patternName])
  }

  /** The linked tree of a named definition. */
  linkDefinition(name: string): RegexNode | null {
    const definition = this.library.lookup(name)
    if (!definition) return null
    return this.expand(definition.name, [name])
  }

  private expand(name: string, stack: readonly string[]): RegexNode {
    const known = this.linked.get(name)
    if (known) return known
    const definition = this.library.lookup(name)
    if (!definition) throw new Error(`expand called for unknown pattern ${name}`)
    const tree = this.walk(definition.tree, name, stack)
    this.linked.set(name, tree)
    return tree
  }

  private reference(ref: RefNode, owner: string | null, stack: readonly string[]): RegexNode {
    assertResolvable(this.library, ref, owner, stack)
    const body = this.expand(ref.name, [...stack, ref.name])
    if (ref.field === null) return body
    return { kind: 'capture', name: ref.field, body, start: ref.start, end: ref.end }
  }

  private walk(node: ParsedNode, owner: string | null, stack: readonly string[]): RegexNode {
    switch (node.kind) {
      case 'ref':
        return this.reference(node, owner, stack)
      case 'concat':
        return { ...node, items: node.items.map((item) => this.walk(item, owner, stack)) }
      case 'alt':
        return { ...node, branches: node.branches.map((branch) => this.walk(branch, owner, stack)) }
      case 'capture':
      case 'repeat':
        return { ...node, body: this.walk(node.body, owner, stack) }
      default:
        return node
    }
  }
}

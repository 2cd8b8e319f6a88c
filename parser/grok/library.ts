// Where `%{NAME}` finds its definition: the format's custom patterns first, then the base library.
// Each definition is parsed at most once per library.

import type { ParsedNode } from './ast'
import { parsePattern } from './parse'
import { BASE_PATTERNS } from './patterns'

export interface Definition {
  name: string
  source: string
  tree: ParsedNode
}

// Base definitions never change, so every library shares their parsed trees.
const baseTrees = new Map<string, ParsedNode>()

export class PatternLibrary {
  private readonly custom: Readonly<Record<string, string>>
  private readonly parsed = new Map<string, Definition>()

  constructor(customPatterns: Readonly<Record<string, string>> = {}) {
    this.custom = customPatterns
  }

  /** The definition of `name`, or null when neither the custom nor the base patterns have it. */
  lookup(name: string): Definition | null {
    const known = this.parsed.get(name)
    if (known) return known
    const isCustom = Object.hasOwn(this.custom, name)
    const source = isCustom
      ? this.custom[name]
      : Object.hasOwn(BASE_PATTERNS, name)
        ? BASE_PATTERNS[name]
        : undefined
    if (source === undefined) return null
    let tree = isCustom ? undefined : baseTrees.get(name)
    if (!tree) {
      tree = parsePattern(source, name)
      if (!isCustom) baseTrees.set(name, tree)
    }
    const definition = { name, source, tree }
    this.parsed.set(name, definition)
    return definition
  }
}

// The top-level alternatives of the main pattern: what the playground calls rules (the gutter
// badge, the coverage table). A match reports the one it went through.

import type { ParsedNode, Span } from './ast'

export interface GrokRule {
  /** NAME when the alternative is just `%{NAME}` (or `%{NAME:field}`), else its trimmed text. */
  name: string
  source: string
  /** UTF-16 offsets of the alternative inside the main pattern. */
  start: number
  end: number
}

/** The tree of each top-level branch (a group's alternation is one branch, not several). */
export function ruleTrees(tree: ParsedNode, branches: readonly Span[]): ParsedNode[] {
  return branches.length > 1 && tree.kind === 'alt' ? tree.branches : [tree]
}

/** One rule per top-level branch; `branches` and `tree` come from parseMainPattern. */
export function topLevelRules(
  source: string,
  tree: ParsedNode,
  branches: readonly Span[],
): GrokRule[] {
  const nodes = ruleTrees(tree, branches)
  return branches.map((span, index) => {
    const text = source.slice(span.start, span.end)
    const node = nodes[index]
    const trimmed = text.trim()
    const isLoneReference =
      node?.kind === 'ref' && source.slice(node.start, node.end) === trimmed && trimmed === text
    return {
      name: isLoneReference ? node.name : trimmed,
      source: text,
      start: span.start,
      end: span.end,
    }
  })
}

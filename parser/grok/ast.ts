// The syntax tree of a grok pattern. `%{NAME:field}` references are nodes of their own until the
// linker replaces them with the referenced pattern's tree; `RegexNode` is the linked, reference-free
// tree that the compiler, the floor translation and the reference matcher work on.

import type { CharSet } from './charset'

/** UTF-16 offsets of a node inside the source text it was parsed from. */
export interface Span {
  start: number
  end: number
}

export type Assertion =
  | 'text-start' // `\A`, and `^` without the m flag
  | 'text-end' // `\z`, and `$` without the m flag
  | 'line-start' // `^` with the m flag
  | 'line-end' // `$` with the m flag
  | 'word-boundary' // `\b`, ASCII word characters
  | 'not-word-boundary' // `\B`

export interface EmptyNode extends Span {
  kind: 'empty'
}

/** One code point out of `set` (a literal is a one-member set; `.` and classes are larger ones). */
export interface CharNode extends Span {
  kind: 'char'
  set: CharSet
}

export interface AssertNode extends Span {
  kind: 'assert'
  assertion: Assertion
}

export interface ConcatNode<Extra> extends Span {
  kind: 'concat'
  items: Node<Extra>[]
}

export interface AltNode<Extra> extends Span {
  kind: 'alt'
  branches: Node<Extra>[]
}

/** A named group; unnamed groups do not reach the tree, their names are all the result knows. */
export interface CaptureNode<Extra> extends Span {
  kind: 'capture'
  name: string
  body: Node<Extra>
}

export interface RepeatNode<Extra> extends Span {
  kind: 'repeat'
  body: Node<Extra>
  min: number
  /** Infinity for `*`, `+`, `{n,}`. */
  max: number
  greedy: boolean
}

/** `%{NAME}`, `%{NAME:field}`, `%{NAME:field:type}` (the type is kept as metadata only). */
export interface RefNode extends Span {
  kind: 'ref'
  name: string
  field: string | null
  type: string | null
}

export type Node<Extra = never> =
  | EmptyNode
  | CharNode
  | AssertNode
  | ConcatNode<Extra>
  | AltNode<Extra>
  | CaptureNode<Extra>
  | RepeatNode<Extra>
  | Extra

export type ParsedNode = Node<RefNode>
export type RegexNode = Node

/** Calls `visit` on `node` and every node inside it, parents before their children (pre-order). */
export function forEachNode(node: ParsedNode, visit: (node: ParsedNode) => void): void {
  visit(node)
  switch (node.kind) {
    case 'concat':
      for (const item of node.items) forEachNode(item, visit)
      break
    case 'alt':
      for (const branch of node.branches) forEachNode(branch, visit)
      break
    case 'capture':
    case 'repeat':
      forEachNode(node.body, visit)
      break
    default:
      break
  }
}

/** Capture names in opening-parenthesis order (pre-order), duplicates included. */
export function captureNames(node: RegexNode): string[] {
  const names: string[] = []
  forEachNode(node, (inner) => {
    if (inner.kind === 'capture') names.push(inner.name)
  })
  return names
}

/** Whether the node can match the empty string (assertions count as empty). */
export function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'empty':
    case 'assert':
      return true
    case 'char':
      return false
    case 'concat':
      return node.items.every(nullable)
    case 'alt':
      return node.branches.some(nullable)
    case 'capture':
      return nullable(node.body)
    case 'repeat':
      return node.min === 0 || nullable(node.body)
  }
}

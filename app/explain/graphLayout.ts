import type { DescribedRelationship } from '../../parser/index'

/** A node of the relationship graph: one distinct value, in the column of its role. */
export interface GraphNode {
  label: string
  x: number
  y: number
}

export interface GraphEdge {
  from: GraphNode
  to: GraphNode
  label: string
}

export interface GraphLayout {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
}

const ROW = 44
const COLUMN = 220
const MARGIN = 12

/**
 * Sources on the left, targets on the right, one row per distinct value, so a value that is the
 * source of several relationships is drawn once with several outgoing edges.
 */
export function layoutGraph(relationships: readonly DescribedRelationship[]): GraphLayout {
  const sources = new Map<string, GraphNode>()
  const targets = new Map<string, GraphNode>()
  const place = (column: Map<string, GraphNode>, label: string, x: number): GraphNode => {
    const existing = column.get(label)
    if (existing) return existing
    const node = { label, x, y: MARGIN + column.size * ROW }
    column.set(label, node)
    return node
  }
  const edges = relationships.map((relation) => ({
    from: place(sources, relation.sourceValue, MARGIN),
    to: place(targets, relation.targetValue, MARGIN + COLUMN),
    label: relation.type,
  }))
  const rows = Math.max(sources.size, targets.size, 1)
  return {
    width: 2 * MARGIN + COLUMN + 160,
    height: 2 * MARGIN + rows * ROW,
    nodes: [...sources.values(), ...targets.values()],
    edges,
  }
}

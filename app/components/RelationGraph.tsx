import type { DescribedRelationship } from '../../parser/index'
import { layoutGraph } from '../explain/graphLayout'
import { showHidden } from '../text/showHidden'

const NODE_WIDTH = 150
const NODE_HEIGHT = 26

/** The description's relationships as arrows from source value to target value, typed on the arrow. */
export function RelationGraph({
  relationships,
}: {
  relationships: readonly DescribedRelationship[]
}) {
  const layout = layoutGraph(relationships)
  const summary = relationships
    .map((relation) => `${relation.sourceValue} ${relation.type} ${relation.targetValue}`)
    .join('; ')
  return (
    <svg
      className="relation-graph"
      role="img"
      aria-label={`Relationships: ${summary}`}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <defs>
        <marker
          id="relation-arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="relation-arrowhead" />
        </marker>
      </defs>
      {layout.edges.map((edge) => (
        <g key={`${edge.from.label}→${edge.label}→${edge.to.label}`} className="relation-edge">
          <line
            x1={edge.from.x + NODE_WIDTH}
            y1={edge.from.y + NODE_HEIGHT / 2}
            x2={edge.to.x}
            y2={edge.to.y + NODE_HEIGHT / 2}
            markerEnd="url(#relation-arrow)"
          />
          <text
            x={(edge.from.x + NODE_WIDTH + edge.to.x) / 2}
            y={(edge.from.y + edge.to.y) / 2 + NODE_HEIGHT / 2 - 4}
            textAnchor="middle"
          >
            {showHidden(edge.label)}
          </text>
        </g>
      ))}
      {layout.nodes.map((node) => (
        <g key={`${node.x}:${node.label}`} className="relation-node">
          <rect x={node.x} y={node.y} width={NODE_WIDTH} height={NODE_HEIGHT} rx={4} />
          <text x={node.x + 8} y={node.y + NODE_HEIGHT / 2 + 4}>
            {showHidden(node.label.length > 20 ? `${node.label.slice(0, 19)}…` : node.label)}
          </text>
        </g>
      ))}
    </svg>
  )
}

import { describe, expect, it } from 'vitest'
import { layoutGraph } from './graphLayout'

const relation = (sourceValue: string, type: string, targetValue: string) => ({
  source: 'user.name',
  target: 'host.name',
  type,
  sourceValue,
  targetValue,
})

describe('layoutGraph', () => {
  it('draws a value once however many relationships it takes part in', () => {
    const layout = layoutGraph([
      relation('root', 'logged on', 'esx1'),
      relation('root', 'from', '10.0.0.1'),
    ])
    expect(layout.nodes.map((node) => node.label)).toEqual(['root', 'esx1', '10.0.0.1'])
    expect(layout.edges.map((edge) => [edge.from.label, edge.label, edge.to.label])).toEqual([
      ['root', 'logged on', 'esx1'],
      ['root', 'from', '10.0.0.1'],
    ])
  })

  it('puts targets to the right of sources and grows with the longest column', () => {
    const layout = layoutGraph([relation('a', 't', 'x'), relation('b', 't', 'y')])
    const [a, b, x] = layout.nodes
    expect(x?.x).toBeGreaterThan(a?.x ?? Number.POSITIVE_INFINITY)
    expect(b?.y).toBeGreaterThan(a?.y ?? Number.POSITIVE_INFINITY)
    expect(layout.height).toBeGreaterThan(layoutGraph([relation('a', 't', 'x')]).height)
  })
})

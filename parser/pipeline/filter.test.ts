import { describe, expect, it } from 'vitest'
import { compileTemplate } from '../template'
import { FilterResults, passes } from './filter'

const rendering = (rendered: string) => passes({ kind: 'constant', rendered }, {})

describe('passes', () => {
  it('reads the rendering as a Python literal: True, non-zero numbers, non-empty lists pass', () => {
    expect(['True', '1', '-2.5', "['x']", "'text'"].map(rendering)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })

  it('does not pass False, None, 0, empty containers or an empty rendering', () => {
    expect(['False', 'None', '0', '[]', "''", ''].map(rendering)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('passes a non-empty rendering that is no literal, as a non-empty string is true', () => {
    expect(['allow', 'user root'].map(rendering)).toEqual([true, true])
  })

  it('renders a template against the layers, and lets a rendering error through', () => {
    const template = compileTemplate('{{ parsed_event.result.port != None }}')
    const filter = { kind: 'template' as const, template }
    expect(passes(filter, { parsed_event: { result: { port: '22' } } })).toBe(true)
    expect(passes(filter, { parsed_event: { result: { port: null } } })).toBe(false)
    expect(passes(filter, { parsed_event: { result: null } })).toBe(true)
    expect(() =>
      passes({ kind: 'template', template: compileTemplate('{{ nothing.at.all }}') }, {}),
    ).toThrow()
  })
})

describe('FilterResults', () => {
  const filter = { kind: 'template' as const, template: compileTemplate('{{ layer.x != None }}') }
  /** Layers whose `layer` counts how often a rendering reads it. */
  function countingLayers(x: string | null) {
    const reads = { count: 0 }
    const layers = {
      get layer() {
        reads.count++
        return { x }
      },
    }
    return { reads, layers }
  }

  it('renders a filter once while the layers stay the same', () => {
    const { reads, layers } = countingLayers('1')
    const results = new FilterResults()
    expect([results.passes(filter, layers), results.passes(filter, layers)]).toEqual([true, true])
    expect(reads.count).toBe(1)
  })

  it('renders it again once the layers changed', () => {
    const { reads, layers } = countingLayers(null)
    const results = new FilterResults()
    results.passes(filter, layers)
    results.layersChanged()
    expect(results.passes(filter, layers)).toBe(false)
    expect(reads.count).toBe(2)
  })

  it('raises every time for a filter that raises', () => {
    const results = new FilterResults()
    const broken = { kind: 'template' as const, template: compileTemplate('{{ nothing.at.all }}') }
    expect(() => results.passes(broken, {})).toThrow()
    expect(() => results.passes(broken, {})).toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { FieldNode } from './fieldTree'
import { fieldTypes } from './fieldTypes'

describe('FieldNode', () => {
  const root = FieldNode.root(fieldTypes({ 'demo.count': { type: 'long' } }))

  it('names each node by its dotted path and gives the same node for the same key', () => {
    const port = root.child('source').child('port')
    expect(port.name).toBe('source.port')
    expect(root.child('source').child('port')).toBe(port)
  })

  it('knows the type and array-ness of ECS and format fields', () => {
    const category = root.child('event').child('category')
    expect([category.type, category.isArray]).toEqual(['keyword', true])
    const count = root.child('demo').child('count')
    expect([count.type, count.isArray]).toEqual(['long', false])
  })

  it('has a caster only for types with a rule', () => {
    expect(root.child('source').child('port').cast?.('22')).toEqual({ ok: true, value: 22 })
    expect(root.child('user').child('name').cast).toBeNull()
    expect(root.child('vendor').child('custom').type).toBeUndefined()
  })
})

describe('FieldNode ids', () => {
  it('numbers every node of a tree once, below its size, and links each to its parent', () => {
    const root = FieldNode.root(fieldTypes({}))
    const port = root.at('source.port')
    const ip = root.at('source.ip')
    expect(new Set([root.id, port.id, ip.id, root.child('source').id]).size).toBe(4)
    expect(Math.max(root.id, port.id, ip.id)).toBeLessThan(root.treeSize)
    expect(port.parent).toBe(root.child('source'))
    expect(root.parent).toBeNull()
  })
})

describe('FieldNode keys', () => {
  it('treats names Object.prototype has as ordinary keys', () => {
    const root = FieldNode.root(fieldTypes({}))
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const node = root.child(key)
      expect(node.name).toBe(key)
      expect(root.child(key)).toBe(node)
    }
  })
})

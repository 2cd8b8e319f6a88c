import { describe, expect, it } from 'vitest'
import type { EcsEvent } from '../types'
import { deletePath, getPath, leafPaths, setPath, writeAt } from './paths'

describe('getPath', () => {
  const event: EcsEvent = {
    source: { ip: '1.2.3.4', user: { name: 'root' } },
    tags: ['a'],
    n: null,
  }
  it.each([
    ['source.ip', '1.2.3.4'],
    ['source.user.name', 'root'],
    ['source.user', { name: 'root' }],
    ['tags', ['a']],
    ['n', null],
    ['source.port', undefined],
    ['source.ip.x', undefined],
    ['tags.0', undefined],
    ['toString', undefined],
  ])('%s → %j', (path, expected) => {
    expect(getPath(event, path)).toEqual(expected)
  })
})

describe('setPath', () => {
  it('creates nested objects', () => {
    const event: EcsEvent = {}
    setPath(event, 'source.user.name', 'root')
    expect(event).toEqual({ source: { user: { name: 'root' } } })
  })
  it('keeps siblings and overwrites the leaf', () => {
    const event: EcsEvent = { source: { ip: '1.2.3.4', port: 1 } }
    setPath(event, 'source.port', 22)
    expect(event).toEqual({ source: { ip: '1.2.3.4', port: 22 } })
  })
  it('replaces a scalar standing where an object is needed', () => {
    const event: EcsEvent = { user: 'root' }
    setPath(event, 'user.name', 'root')
    expect(event).toEqual({ user: { name: 'root' } })
  })
  it('writes a single-key path at the top level', () => {
    const event: EcsEvent = {}
    setPath(event, 'message', 'x')
    expect(event).toEqual({ message: 'x' })
  })
})

describe('deletePath', () => {
  it('prunes parents left empty', () => {
    const event: EcsEvent = { a: { b: { c: 1 } }, d: 2 }
    deletePath(event, 'a.b.c')
    expect(event).toEqual({ d: 2 })
  })
  it('keeps parents that still hold other fields', () => {
    const event: EcsEvent = { event: { outcome: 'success', kind: 'event' } }
    deletePath(event, 'event.outcome')
    expect(event).toEqual({ event: { kind: 'event' } })
  })
  it('removes a whole subtree', () => {
    const event: EcsEvent = { url: { path: '/', port: 80 }, x: 1 }
    deletePath(event, 'url')
    expect(event).toEqual({ x: 1 })
  })
  it.each(['a.x', 'a.b.c.d', 'z', 'a.b.c.d.e'])('ignores the missing path %s', (path) => {
    const event: EcsEvent = { a: { b: { c: 1 } } }
    deletePath(event, path)
    expect(event).toEqual({ a: { b: { c: 1 } } })
  })
  it('does not prune an empty object that was already there', () => {
    const event: EcsEvent = { a: { b: {}, c: 1 } }
    deletePath(event, 'a.c')
    expect(event).toEqual({ a: { b: {} } })
  })
})

describe('leafPaths', () => {
  it('lists non-object leaves, arrays included, in key order', () => {
    const event: EcsEvent = {
      message: 'm',
      event: { category: ['process'], kind: 'event' },
      related: { ip: ['1.2.3.4'] },
      empty: {},
      n: null,
    }
    expect(leafPaths(event)).toEqual(['message', 'event.category', 'event.kind', 'related.ip', 'n'])
  })
})

describe('writeAt with hostile field names', () => {
  it('writes __proto__ as an ordinary field and leaves Object.prototype alone', () => {
    const event: EcsEvent = {}
    writeAt(event, ['__proto__', 'polluted'], 'yes')
    writeAt(event, ['constructor', 'prototype', 'polluted'], 'yes')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype)
    expect(JSON.parse(JSON.stringify(event))).toEqual(
      JSON.parse(
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
      ),
    )
  })
})

import { describe, expect, it } from 'vitest'
import type { EcsEvent } from '../types'
import { compareEvents, normalizeForComparison } from './compare'

describe('normalizeForComparison (§1)', () => {
  it('sorts keys at every level', () => {
    const normalized = normalizeForComparison({ b: 1, a: { d: 1, c: [{ z: 1, y: 2 }] } })
    expect(JSON.stringify(normalized)).toBe('{"a":{"c":[{"y":2,"z":1}],"d":1},"b":1}')
  })

  it('sorts related.hosts, ip, user and hash, and keeps every other array in order', () => {
    const normalized = normalizeForComparison({
      related: {
        hosts: ['b', 'a'],
        ip: ['5.6.7.8', '1.2.3.4'],
        user: ['root', 'pyvmomi'],
        hash: ['f', 'e'],
      },
      event: { category: ['network', 'authentication'], type: ['start', 'connection'] },
      tags: ['z', 'a'],
    })
    expect(normalized).toEqual({
      event: { category: ['network', 'authentication'], type: ['start', 'connection'] },
      related: {
        hash: ['e', 'f'],
        hosts: ['a', 'b'],
        ip: ['1.2.3.4', '5.6.7.8'],
        user: ['pyvmomi', 'root'],
      },
      tags: ['z', 'a'],
    })
  })

  it('does not modify its input', () => {
    const event: EcsEvent = { related: { ip: ['2', '1'] } }
    normalizeForComparison(event)
    expect(event).toEqual({ related: { ip: ['2', '1'] } })
  })
})

describe('compareEvents', () => {
  const expected: EcsEvent = {
    message: 'Disconnected from user root 1.2.3.4 port 33398',
    event: { kind: 'event', category: ['authentication'], type: ['end'] },
    source: { ip: '1.2.3.4', port: 33398, address: '1.2.3.4' },
    related: { ip: ['1.2.3.4'], user: ['root'] },
  }

  it('ignores key order and related.* order', () => {
    const actual: EcsEvent = {
      related: { user: ['root'], ip: ['1.2.3.4'] },
      source: { address: '1.2.3.4', port: 33398, ip: '1.2.3.4' },
      event: { type: ['end'], category: ['authentication'], kind: 'event' },
      message: 'Disconnected from user root 1.2.3.4 port 33398',
    }
    expect(compareEvents(expected, actual).equal).toBe(true)
  })

  it('does not compare message: the produced one stands on both sides', () => {
    const actual: EcsEvent = { ...expected, message: 'something else' }
    const result = compareEvents(expected, actual)
    expect(result.equal).toBe(true)
    expect(result.expected.message).toBe('something else')
  })

  it('drops the expected message when nothing was produced', () => {
    const { message: _message, ...actual } = expected
    const result = compareEvents(expected, actual)
    expect(result.equal).toBe(true)
    expect(result.expected).not.toHaveProperty('message')
  })

  it.each<[string, EcsEvent]>([
    ['a missing field', { ...expected, source: { ip: '1.2.3.4', port: 33398 } }],
    ['an extra field', { ...expected, host: { name: 'fdm' } }],
    [
      'a string where a number is expected',
      { ...expected, source: { ip: '1.2.3.4', port: '33398', address: '1.2.3.4' } },
    ],
    [
      'other arrays in another order',
      { ...expected, event: { kind: 'event', category: ['authentication'], type: ['end', 'x'] } },
    ],
    [
      'a list where a scalar is expected',
      { ...expected, source: { ip: ['1.2.3.4'], port: 33398, address: '1.2.3.4' } },
    ],
    [
      'null where a value is expected',
      { ...expected, source: { ip: null, port: 33398, address: '1.2.3.4' } },
    ],
  ])('finds %s', (_label, actual) => {
    expect(compareEvents(expected, actual).equal).toBe(false)
  })

  it('compares arrays of other fields in order', () => {
    const withOrder: EcsEvent = { event: { category: ['a', 'b'] } }
    expect(compareEvents(withOrder, { event: { category: ['b', 'a'] } }).equal).toBe(false)
    expect(compareEvents(withOrder, { event: { category: ['a', 'b'] } }).equal).toBe(true)
  })

  it('returns both sides normalized, for a diff', () => {
    const result = compareEvents({ b: 1, a: 2, related: { ip: ['2', '1'] } }, { a: 2, b: 3 })
    expect(JSON.stringify(result.expected)).toBe('{"a":2,"b":1,"related":{"ip":["1","2"]}}')
    expect(JSON.stringify(result.actual)).toBe('{"a":2,"b":3}')
  })
})

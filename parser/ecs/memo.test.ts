import { describe, expect, it } from 'vitest'
import { BoundedMemo } from './memo'

describe('BoundedMemo', () => {
  it('computes each key once', () => {
    const computed: string[] = []
    const memo = new BoundedMemo((key: string) => {
      computed.push(key)
      return key.length
    })
    expect([memo.get('ab'), memo.get('abc'), memo.get('ab')]).toEqual([2, 3, 2])
    expect(computed).toEqual(['ab', 'abc'])
  })

  it('starts over when full, so it never holds more than its limit', () => {
    const computed: string[] = []
    const memo = new BoundedMemo((key: string) => {
      computed.push(key)
      return key
    }, 2)
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key)
    expect(computed).toEqual(['a', 'b', 'c', 'a'])
  })
})

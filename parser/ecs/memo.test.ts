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

describe('BoundedMemo: long keys', () => {
  it('computes a long key every time rather than holding it', () => {
    let computed = 0
    const memo = new BoundedMemo((key: string) => {
      computed++
      return key.length
    })
    const long = 'x'.repeat(2000)
    expect([memo.get(long), memo.get(long)]).toEqual([2000, 2000])
    expect(computed).toBe(2)
  })
})

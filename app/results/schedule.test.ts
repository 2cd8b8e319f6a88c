import { describe, expect, it } from 'vitest'
import { pruneCache, textsToParse } from './schedule'

describe('textsToParse', () => {
  const lines = ['a', 'b', 'a', 'c', 'd', 'b', 'e']

  it('sends each unknown text once, in document order', () => {
    expect(textsToParse(lines, () => false, { from: 0, to: 0 })).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('skips texts that already have a result', () => {
    const known = new Set(['a', 'd'])
    expect(textsToParse(lines, (text) => known.has(text), { from: 0, to: 0 })).toEqual([
      'b',
      'c',
      'e',
    ])
  })

  it('puts the visible lines first and clamps the window', () => {
    expect(textsToParse(lines, () => false, { from: 3, to: 5 })).toEqual(['c', 'd', 'a', 'b', 'e'])
    expect(textsToParse(lines, () => false, { from: -4, to: 99 })).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ])
  })

  it('has nothing to do when everything is known', () => {
    expect(textsToParse(lines, () => true, { from: 0, to: 7 })).toEqual([])
  })
})

describe('pruneCache', () => {
  const cache = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ])

  it('keeps everything while under the limit', () => {
    expect(pruneCache(cache, ['a'], 3)).toBe(cache)
  })

  it('keeps only texts still in the document once over the limit', () => {
    expect([...pruneCache(cache, ['a', 'c', 'z'], 2).entries()]).toEqual([
      ['a', 1],
      ['c', 3],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { highlightSegments } from './segments'

const capture = (start: number, end: number) => ({ field: 'c', start, end, value: '' })

describe('highlightSegments', () => {
  it('marks the captured characters and keeps the rest plain', () => {
    expect(highlightSegments('from 1.2.3.4 port 22', [capture(5, 12), capture(18, 20)])).toEqual([
      { text: 'from ', highlighted: false },
      { text: '1.2.3.4', highlighted: true },
      { text: ' port ', highlighted: false },
      { text: '22', highlighted: true },
    ])
  })

  it('merges overlapping captures and leaves a line without captures whole', () => {
    expect(highlightSegments('abcdef', [capture(1, 4), capture(3, 5)])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcde', highlighted: true },
      { text: 'f', highlighted: false },
    ])
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', highlighted: false }])
  })
})

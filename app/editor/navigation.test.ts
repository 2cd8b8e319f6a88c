import { describe, expect, it } from 'vitest'
import { lineResult as result } from '../testing/lineResult'
import { nextUnmatchedLine } from './navigation'

describe('nextUnmatchedLine', () => {
  const lines = ['ok a', 'bad b', '', 'ok c', 'bad d', 'unparsed']
  const results = new Map(
    lines
      .filter((text) => text.startsWith('ok') || text.startsWith('bad'))
      .map((text) => [text, result(text, text.startsWith('ok') ? 'RULE' : null)]),
  )

  it('finds the next and previous lines no rule matched, wrapping around', () => {
    expect(nextUnmatchedLine(lines, results, 1, 1)).toBe(2)
    expect(nextUnmatchedLine(lines, results, 2, 1)).toBe(5)
    expect(nextUnmatchedLine(lines, results, 5, 1)).toBe(2)
    expect(nextUnmatchedLine(lines, results, 2, -1)).toBe(5)
  })

  it('skips empty and not yet parsed lines, and says when there is none', () => {
    expect(nextUnmatchedLine(['ok a', '', 'x'], results, 1, 1)).toBeNull()
    expect(nextUnmatchedLine([], results, 1, 1)).toBeNull()
  })
})

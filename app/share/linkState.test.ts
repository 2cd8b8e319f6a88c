import { describe, expect, it } from 'vitest'
import { linkStateOf, samplesFromLink } from './linkState'

const mine = { name: 'MINE', message: 'b', expected: { message: 'b', user: { name: 'x' } } }

describe('linkStateOf and samplesFromLink', () => {
  it('carries the lines and the expected events of lines that have a user sample', () => {
    expect(linkStateOf('a\nb', [mine])).toEqual({
      lines: ['a', 'b'],
      expected: { '1': mine.expected },
    })
    expect(linkStateOf('a', [mine])).toEqual({ lines: ['a'] })
    expect(linkStateOf(null, [])).toEqual({ lines: [] })
  })

  it('turns carried expected events into new samples, skipping ones the user already has', () => {
    const state = linkStateOf('a\nb', [mine])
    expect(samplesFromLink(state, [mine], ['MINE'])).toEqual([])
    expect(samplesFromLink(state, [], ['shared_line_2'])).toEqual([
      { name: 'shared_line_2_2', message: 'b', expected: mine.expected },
    ])
  })

  it('ignores an expected event keyed by a line the link does not have', () => {
    expect(samplesFromLink({ lines: ['a'], expected: { '5': { message: 'z' } } }, [], [])).toEqual(
      [],
    )
  })
})

import { describe, expect, it } from 'vitest'
import { compareSamples } from './regression'

const status = (name: string, pass: boolean) => ({ name, message: name, pass })

describe('compareSamples', () => {
  it('names the samples that now fail and now pass, in the current order', () => {
    const before = [status('A', true), status('B', true), status('C', false), status('D', true)]
    const after = [status('A', true), status('B', false), status('C', true), status('D', false)]
    expect(compareSamples(before, after)).toEqual({
      passing: 2,
      total: 4,
      nowFail: ['B', 'D'],
      nowPass: ['C'],
    })
  })

  it('reports no change for unchanged outcomes, and none for samples new in this revision', () => {
    const before = [status('A', true)]
    const after = [status('A', true), status('NEW', false)]
    expect(compareSamples(before, after)).toEqual({
      passing: 1,
      total: 2,
      nowFail: [],
      nowPass: [],
    })
  })
})

import { describe, expect, it } from 'vitest'
import { renderedToValue } from './rendered'

describe('renderedToValue (engine.md §4)', () => {
  it.each([
    ['', undefined],
    ['None', undefined],
    // not stripped, not literal-evaluated
    [' ', ' '],
    [' root ', ' root '],
    ['(403)', '(403)'],
    ['233816e0', '233816e0'],
    ['33398', '33398'],
    ["['end']", "['end']"],
    ['True', 'True'],
    ['none', 'none'],
    ['None ', 'None '],
    ["'None'", "'None'"],
  ])('%j → %j', (rendered, value) => {
    expect(renderedToValue(rendered)).toBe(value)
  })
})

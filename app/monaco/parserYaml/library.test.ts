import { describe, expect, it } from 'vitest'
import { cachedAnswer } from './library'
import type { PatternTable } from './patternTable'

describe('cachedAnswer', () => {
  it('asks once and keeps the answer', async () => {
    let asked = 0
    const library = cachedAnswer(async (): Promise<PatternTable> => {
      asked++
      return { WORD: '\\b\\w+\\b' }
    }, {})
    expect(await library()).toEqual({ WORD: '\\b\\w+\\b' })
    expect(await library()).toEqual({ WORD: '\\b\\w+\\b' })
    expect(asked).toBe(1)
  })

  it('answers the empty answer on failure and asks again next time', async () => {
    const answers = [
      Promise.reject(new Error('worker restarted')),
      Promise.resolve({ INT: '\\d+' }),
    ]
    const library = cachedAnswer(() => answers.shift() ?? Promise.resolve({}), {})
    expect(await library()).toEqual({})
    expect(await library()).toEqual({ INT: '\\d+' })
  })
})

import { describe, expect, it } from 'vitest'
import { cachedLibrary } from './library'

describe('cachedLibrary', () => {
  it('asks once and keeps the answer', async () => {
    let asked = 0
    const library = cachedLibrary(async () => {
      asked++
      return { WORD: '\\b\\w+\\b' }
    })
    expect(await library()).toEqual({ WORD: '\\b\\w+\\b' })
    expect(await library()).toEqual({ WORD: '\\b\\w+\\b' })
    expect(asked).toBe(1)
  })

  it('answers an empty library on failure and asks again next time', async () => {
    const answers = [
      Promise.reject(new Error('worker restarted')),
      Promise.resolve({ INT: '\\d+' }),
    ]
    const library = cachedLibrary(() => answers.shift() ?? Promise.resolve({}))
    expect(await library()).toEqual({})
    expect(await library()).toEqual({ INT: '\\d+' })
  })
})

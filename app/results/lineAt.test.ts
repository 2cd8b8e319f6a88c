import { describe, expect, it } from 'vitest'
import { lineAt } from './lineAt'

describe('lineAt', () => {
  it('returns the 1-based line, or null past the end', () => {
    expect(lineAt('a\nbb\n\nccc', 1)).toBe('a')
    expect(lineAt('a\nbb\n\nccc', 2)).toBe('bb')
    expect(lineAt('a\nbb\n\nccc', 3)).toBe('')
    expect(lineAt('a\nbb\n\nccc', 4)).toBe('ccc')
    expect(lineAt('a\nbb\n\nccc', 5)).toBeNull()
    expect(lineAt('a', 0)).toBeNull()
    expect(lineAt(null, 1)).toBeNull()
  })
})

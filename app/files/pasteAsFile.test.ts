import { describe, expect, it } from 'vitest'
import { hasMoreLines } from './pasteAsFile'

describe('hasMoreLines', () => {
  it('counts lines as the editor does: n newlines make n + 1 lines', () => {
    expect(hasMoreLines('', 1)).toBe(false)
    expect(hasMoreLines('a\nb', 2)).toBe(false)
    expect(hasMoreLines('a\nb\n', 2)).toBe(true)
    expect(hasMoreLines('x\n'.repeat(20_000), 20_000)).toBe(true)
    expect(hasMoreLines('x\n'.repeat(19_999), 20_000)).toBe(false)
  })
})

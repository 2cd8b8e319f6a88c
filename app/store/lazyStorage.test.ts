import { describe, expect, it, vi } from 'vitest'
import { memoryStorage } from '../testing/memoryStorage'
import { lazyJsonStorage } from './lazyStorage'

describe('lazyJsonStorage', () => {
  it('writes once after a burst of changes, the last one', () => {
    vi.useFakeTimers()
    try {
      const memory = memoryStorage()
      const storage = lazyJsonStorage<{ text: string }>(memory, 300)
      storage.setItem('k', { state: { text: 'a' }, version: 1 })
      storage.setItem('k', { state: { text: 'ab' }, version: 1 })
      expect(memory.items.has('k')).toBe(false)
      vi.advanceTimersByTime(300)
      expect(memory.items.get('k')).toBe('{"state":{"text":"ab"},"version":1}')
    } finally {
      vi.useRealTimers()
    }
  })

  it('skips a state whose fields are the same references as the last one', () => {
    const memory = memoryStorage()
    const setItem = vi.spyOn(memory, 'setItem')
    const storage = lazyJsonStorage<{ text: string; list: number[] }>(memory)
    const list = [1]
    storage.setItem('k', { state: { text: 'a', list }, version: 1 })
    storage.flush()
    storage.setItem('k', { state: { text: 'a', list }, version: 1 })
    storage.flush()
    storage.setItem('k', { state: { text: 'a', list: [1] }, version: 1 })
    storage.flush()
    expect(setItem).toHaveBeenCalledTimes(2)
  })

  it('reads what was saved, and flush writes a pending change at once', () => {
    const memory = memoryStorage({ k: '{"state":{"text":"saved"},"version":1}' })
    const storage = lazyJsonStorage<{ text: string }>(memory)
    expect(storage.getItem('k')).toEqual({ state: { text: 'saved' }, version: 1 })
    expect(storage.getItem('missing')).toBeNull()
    storage.setItem('k', { state: { text: 'new' }, version: 1 })
    storage.flush()
    expect(memory.items.get('k')).toBe('{"state":{"text":"new"},"version":1}')
  })
})

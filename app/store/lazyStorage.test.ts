import { describe, expect, it, vi } from 'vitest'
import { memoryStorage } from '../testing/memoryStorage'
import { lazyJsonStorage, type WriteOutcome } from './lazyStorage'

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

  it('keeps the smaller state when the storage refuses the whole one, or nothing, and says which', () => {
    // A storage that holds at most 42 characters per item, as a full localStorage refuses a write.
    const memory = memoryStorage()
    const full = {
      ...memory,
      setItem: (key: string, value: string) => {
        if (value.length > 42) throw new DOMException('quota', 'QuotaExceededError')
        memory.setItem(key, value)
      },
    }
    const outcomes: WriteOutcome[] = []
    const storage = lazyJsonStorage<{ text: string | null; n: number }>(full, 300, {
      shrink: (state) => (state.text === null ? null : { ...state, text: null }),
      onWrite: (outcome) => outcomes.push(outcome),
    })
    storage.setItem('k', { state: { text: 'x', n: 1 }, version: 1 })
    storage.flush()
    storage.setItem('k', { state: { text: 'x'.repeat(50), n: 2 }, version: 1 })
    storage.flush()
    expect(memory.items.get('k')).toBe('{"state":{"text":null,"n":2},"version":1}')
    storage.setItem('k', { state: { text: null, n: 123_456 }, version: 1 })
    storage.flush()
    expect(outcomes).toEqual(['all', 'shrunk', 'nothing'])
    expect(memory.items.get('k')).toBe('{"state":{"text":null,"n":2},"version":1}')
  })
})

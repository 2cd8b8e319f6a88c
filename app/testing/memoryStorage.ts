// Test support: localStorage's contract, in memory, with its items visible to the test.
import type { StateStorage } from 'zustand/middleware'

export function memoryStorage(initial: Record<string, string> = {}): StateStorage & {
  items: Map<string, string>
} {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
}

import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware'

/** Waits this long after the last change before writing: a burst of typing is one write. */
export const WRITE_DELAY_MS = 300

export interface LazyStorage<S> extends PersistStorage<S> {
  /** Writes a pending change now (the page is going away). */
  flush: () => void
}

/** What a write kept: everything, the smaller state `shrink` made, or nothing (storage full). */
export type WriteOutcome = 'all' | 'shrunk' | 'nothing'

export interface WriteOptions<S> {
  /** A smaller state to keep when the whole one does not fit; null when there is none. */
  shrink?: (state: S) => S | null
  /** Told after every write; a browser's storage holds a few MB per site, and a write can fail. */
  onWrite?: (outcome: WriteOutcome) => void
}

/** Same keys holding the same references: what the store's partialize produces when nothing changed. */
function sameFields(a: object, b: object): boolean {
  const before = Object.entries(a)
  const after = Object.entries(b)
  return (
    before.length === after.length &&
    before.every(([key, value], index) => {
      const other = after[index]
      return other !== undefined && other[0] === key && Object.is(other[1], value)
    })
  )
}

/**
 * zustand's persist writes after every state change, hover and cursor moves included, and each
 * write serializes the whole editor text. This storage skips writes whose persisted fields are
 * unchanged (by reference) and delays the others, keeping only the last.
 */
export function lazyJsonStorage<S extends object>(
  storage: StateStorage,
  delayMs: number = WRITE_DELAY_MS,
  { shrink = () => null, onWrite = () => {} }: WriteOptions<S> = {},
): LazyStorage<S> {
  let written: StorageValue<S> | null = null
  let pending: { name: string; value: StorageValue<S> } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (!pending) return
    const { name, value } = pending
    pending = null
    written = value
    onWrite(write(name, value))
  }

  /** Writes `value`, or the smaller state `shrink` makes of it when the storage refuses it. */
  const write = (name: string, value: StorageValue<S>): WriteOutcome => {
    try {
      storage.setItem(name, JSON.stringify(value))
      return 'all'
    } catch {
      const smaller = shrink(value.state)
      if (smaller === null) return 'nothing'
      try {
        storage.setItem(name, JSON.stringify({ ...value, state: smaller }))
        return 'shrunk'
      } catch {
        return 'nothing'
      }
    }
  }

  return {
    // Synchronous storages only (localStorage), so the first render already has the saved state.
    getItem: (name) => {
      const text = storage.getItem(name)
      if (typeof text !== 'string') return null
      const saved: StorageValue<S> = JSON.parse(text)
      written = saved
      return saved
    },
    setItem: (name, value) => {
      const last = pending?.value ?? written
      if (last && last.version === value.version && sameFields(last.state, value.state)) return
      pending = { name, value }
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    removeItem: (name) => {
      pending = null
      storage.removeItem(name)
    },
    flush,
  }
}

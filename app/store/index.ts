import { useStore } from 'zustand'
import { createPlaygroundStore, type Persisted } from './create'
import { lazyJsonStorage, WRITE_DELAY_MS } from './lazyStorage'
import { withoutText } from './saving'
import type { PlaygroundState } from './types'

// A full storage (a few MB per site) refuses the write: the state is kept without the log text,
// or not at all, and the page says so rather than losing the user's work without a word.
const storage = lazyJsonStorage<Persisted>(localStorage, WRITE_DELAY_MS, {
  shrink: withoutText,
  onWrite: (saved) => playgroundStore.getState().setSaved(saved),
})
// A change still waiting for its write is saved when the page goes away (reload, close).
addEventListener('pagehide', storage.flush)

export const playgroundStore = createPlaygroundStore(storage)

/** Components pass a narrow selector, so they re-render only when what they read changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector)
}

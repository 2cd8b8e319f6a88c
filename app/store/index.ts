import { useStore } from 'zustand'
import { createPlaygroundStore, type Persisted } from './create'
import { lazyJsonStorage } from './lazyStorage'
import type { PlaygroundState } from './types'

const storage = lazyJsonStorage<Persisted>(localStorage)
// A change still waiting for its write is saved when the page goes away (reload, close).
addEventListener('pagehide', storage.flush)

export const playgroundStore = createPlaygroundStore(storage)

/** Components pass a narrow selector, so they re-render only when what they read changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector)
}

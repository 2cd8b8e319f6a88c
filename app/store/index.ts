import { useStore } from 'zustand'
import { createPlaygroundStore } from './create'
import type { PlaygroundState } from './types'

export const playgroundStore = createPlaygroundStore(localStorage)

/** Components pass a narrow selector, so they re-render only when what they read changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector)
}

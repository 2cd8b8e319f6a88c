import type { StateCreator } from 'zustand'
import type { WriteOutcome } from './lazyStorage'
import type { PlaygroundState } from './types'

/** How much of the state the last write kept for a reload (see lazyJsonStorage). */
export interface SavingSlice {
  saved: WriteOutcome
  setSaved: (saved: WriteOutcome) => void
}

export const createSavingSlice: StateCreator<PlaygroundState, [], [], SavingSlice> = (set) => ({
  saved: 'all',
  setSaved: (saved) => set((state) => (state.saved === saved ? {} : { saved })),
})

/** The state to keep when the whole one does not fit: all but the log text, by far the largest. */
export function withoutText<S extends { text: string | null }>(state: S): S | null {
  return state.text === null ? null : { ...state, text: null }
}

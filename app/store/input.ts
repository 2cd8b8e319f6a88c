import type { StateCreator } from 'zustand'
import type { PlaygroundState } from './types'

export interface InputSlice {
  /** The log editor's content; null until the first visit has been seeded with the samples. */
  text: string | null
  /**
   * Counts changes made to the text from outside the editor (seeding, opening a sample). The
   * editor applies the text only then: comparing texts instead would let a render that lags
   * behind fast typing write an older text back over the newer one.
   */
  externalEdits: number
  /** The editor reports what the user typed. */
  setText: (text: string) => void
  /** Anything else replaces the text, and the editor follows. */
  replaceText: (text: string) => void
}

export const createInputSlice: StateCreator<PlaygroundState, [], [], InputSlice> = (set) => ({
  text: null,
  externalEdits: 0,
  setText: (text) => set({ text }),
  replaceText: (text) => set((state) => ({ text, externalEdits: state.externalEdits + 1 })),
})

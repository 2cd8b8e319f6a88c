import type { StateCreator } from 'zustand'
import type { PlaygroundState } from './types'

export interface InputSlice {
  /** The log editor's content; null until the first visit has been seeded with the samples. */
  text: string | null
  setText: (text: string) => void
}

export const createInputSlice: StateCreator<PlaygroundState, [], [], InputSlice> = (set) => ({
  text: null,
  setText: (text) => set({ text }),
})

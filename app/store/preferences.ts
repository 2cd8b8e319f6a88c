import type { StateCreator } from 'zustand'
import type { PlaygroundState } from './types'

export type ThemeChoice = 'system' | 'light' | 'dark'

/** Panel sizes of one resizable group, in percent, by panel id. */
export type PaneLayout = Readonly<Record<string, number>>

export interface PreferencesSlice {
  theme: ThemeChoice
  layouts: Readonly<Record<string, PaneLayout>>
  setTheme: (theme: ThemeChoice) => void
  setLayout: (group: string, layout: PaneLayout) => void
}

export const createPreferencesSlice: StateCreator<PlaygroundState, [], [], PreferencesSlice> = (
  set,
) => ({
  theme: 'system',
  layouts: {},
  setTheme: (theme) => set({ theme }),
  setLayout: (group, layout) =>
    set((state) => ({ layouts: { ...state.layouts, [group]: layout } })),
})

/** The toggle walks system → light → dark → system. */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system'
}

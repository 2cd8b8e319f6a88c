import type { StateCreator } from 'zustand'
import type { FramingSetting } from '../worker/protocol'
import type { PlaygroundState } from './types'

export type ThemeChoice = 'system' | 'light' | 'dark'

/** Panel sizes of one resizable group, in percent, by panel id. */
export type PaneLayout = Readonly<Record<string, number>>

export const DEFAULT_FRAMING: FramingSetting = { enabled: true, timezone: 'UTC' }

export const sameFraming = (a: FramingSetting, b: FramingSetting): boolean =>
  a.enabled === b.enabled && a.timezone === b.timezone

export interface PreferencesSlice {
  theme: ThemeChoice
  layouts: Readonly<Record<string, PaneLayout>>
  /** Every cached result and comparison was made under this setting. */
  framing: FramingSetting
  setTheme: (theme: ThemeChoice) => void
  setLayout: (group: string, layout: PaneLayout) => void
  /** A new setting makes every cached answer obsolete, as a new parser does. */
  setFraming: (framing: FramingSetting) => void
}

export const createPreferencesSlice: StateCreator<PlaygroundState, [], [], PreferencesSlice> = (
  set,
) => ({
  theme: 'system',
  layouts: {},
  framing: DEFAULT_FRAMING,
  setTheme: (theme) => set({ theme }),
  setLayout: (group, layout) =>
    set((state) => ({ layouts: { ...state.layouts, [group]: layout } })),
  setFraming: (framing) =>
    set((state) =>
      sameFraming(state.framing, framing) ? {} : { framing, byText: new Map(), checks: new Map() },
    ),
})

/** The toggle walks system → light → dark → system. */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system'
}

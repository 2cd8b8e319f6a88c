import { createStore } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import { createFormatSlice } from './format'
import { createInputSlice } from './input'
import { createLearnSlice, EMPTY_PROGRESS } from './learn'
import { createMainPaneSlice } from './mainPane'
import { createPreferencesSlice, DEFAULT_FRAMING } from './preferences'
import { createResultsSlice } from './results'
import { createSamplesSlice } from './samples'
import { createSelectionSlice } from './selection'
import type { PlaygroundState } from './types'
import { createUserSamplesSlice } from './userSamples'

/**
 * Bump when the persisted shape changes, and teach `migrate` the step: version 2 added the user's
 * samples. A state from an unknown version is discarded, not misread.
 */
export const PERSIST_VERSION = 2
export const PERSIST_KEY = 'esxi-playground'

/**
 * Only what a reload should restore: the user's input, where they were, how they like the page,
 * and their learning progress.
 */
export type Persisted = Pick<
  PlaygroundState,
  'text' | 'tab' | 'theme' | 'layouts' | 'framing' | 'view' | 'learn' | 'userSamples'
>

const FIRST_VISIT: Persisted = {
  text: null,
  tab: 'event',
  theme: 'system',
  layouts: {},
  framing: DEFAULT_FRAMING,
  view: 'workbench',
  learn: EMPTY_PROGRESS,
  userSamples: [],
}

type Version1 = Omit<Persisted, 'userSamples'>

// Version 1 wrote every field version 2 has but the samples; a state missing one was not ours.
function isVersion1(saved: unknown): saved is Version1 {
  if (typeof saved !== 'object' || saved === null) return false
  return Object.keys(FIRST_VISIT).every((key) => key === 'userSamples' || key in saved)
}

export function createPlaygroundStore(storage: PersistStorage<Persisted>) {
  return createStore<PlaygroundState>()(
    persist(
      (...api) => ({
        ...createInputSlice(...api),
        ...createResultsSlice(...api),
        ...createSelectionSlice(...api),
        ...createSamplesSlice(...api),
        ...createPreferencesSlice(...api),
        ...createFormatSlice(...api),
        ...createLearnSlice(...api),
        ...createUserSamplesSlice(...api),
        ...createMainPaneSlice(...api),
      }),
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage,
        migrate: (saved, version): Persisted =>
          version === 1 && isVersion1(saved)
            ? { ...saved, userSamples: [] }
            : // Anything else is not read: the page starts as on a first visit.
              FIRST_VISIT,
        partialize: (state): Persisted => ({
          text: state.text,
          tab: state.tab,
          theme: state.theme,
          layouts: state.layouts,
          framing: state.framing,
          view: state.view,
          learn: state.learn,
          userSamples: state.userSamples,
        }),
      },
    ),
  )
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>

import { createStore } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import { createFormatSlice } from './format'
import { createInputSlice } from './input'
import { createLearnSlice, EMPTY_PROGRESS } from './learn'
import { createPreferencesSlice, DEFAULT_FRAMING } from './preferences'
import { createResultsSlice } from './results'
import { createSamplesSlice } from './samples'
import { createSelectionSlice } from './selection'
import type { PlaygroundState } from './types'

/** Bump when the persisted shape changes; older saved states are then discarded, not misread. */
export const PERSIST_VERSION = 1
export const PERSIST_KEY = 'esxi-playground'

/**
 * Only what a reload should restore: the user's input, where they were, how they like the page,
 * and their learning progress.
 */
export type Persisted = Pick<
  PlaygroundState,
  'text' | 'tab' | 'theme' | 'layouts' | 'framing' | 'view' | 'learn'
>

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
      }),
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage,
        // A state saved under another version is not read: the page starts as on a first visit.
        migrate: (): Persisted => ({
          text: null,
          tab: 'event',
          theme: 'system',
          layouts: {},
          framing: DEFAULT_FRAMING,
          view: 'workbench',
          learn: EMPTY_PROGRESS,
        }),
        partialize: (state): Persisted => ({
          text: state.text,
          tab: state.tab,
          theme: state.theme,
          layouts: state.layouts,
          framing: state.framing,
          view: state.view,
          learn: state.learn,
        }),
      },
    ),
  )
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>

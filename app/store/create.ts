import { createStore } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import { createExpectedDraftsSlice, keptDrafts, readDrafts } from './expectedDrafts'
import { createFileRunSlice, DEFAULT_WATCHDOG_MS } from './fileRun'
import { createFormatSlice } from './format'
import { BUILTIN_SOURCE, createFormatSourceSlice, editKey, keptSource } from './formatSource'
import { createInputSlice } from './input'
import { createLearnSlice, EMPTY_PROGRESS } from './learn'
import { createMainPaneSlice } from './mainPane'
import { createPreferencesSlice, DEFAULT_FRAMING } from './preferences'
import { createResultsSlice } from './results'
import { createSamplesSlice } from './samples'
import { createSavingSlice } from './saving'
import { createSelectionSlice } from './selection'
import type { PlaygroundState } from './types'
import { createUserSamplesSlice } from './userSamples'

/**
 * Bump when the persisted shape changes, and teach `migrate` the step: version 2 added the user's
 * samples, version 3 the format source, the parser edits, the platform and the middle pane's tab,
 * version 4 the drafts of the Expected editors, version 5 an opened folder's edit kept apart from
 * the built-in format's (editKey). A state from an unknown version is discarded, not misread.
 */
export const PERSIST_VERSION = 5
export const PERSIST_KEY = 'esxi-playground'

/**
 * Only what a reload should restore: the user's input, where they were, how they like the page,
 * their learning progress, the format they parse with as they edited it, and what they were
 * typing in their samples' Expected editors.
 */
export type Persisted = Pick<
  PlaygroundState,
  | 'text'
  | 'tab'
  | 'theme'
  | 'layouts'
  | 'framing'
  | 'view'
  | 'learn'
  | 'userSamples'
  | 'formatSource'
  | 'sourceUuid'
  | 'definitions'
  | 'platformChoice'
  | 'mainTab'
  | 'watchdogMs'
  | 'expectedDrafts'
>

// watchdogMs came within version 3: a version 3 state may lack it.
type Version3 = Omit<Persisted, 'expectedDrafts' | 'watchdogMs'> &
  Partial<Pick<Persisted, 'watchdogMs'>>

type Version2 = Omit<
  Version3,
  'formatSource' | 'sourceUuid' | 'definitions' | 'platformChoice' | 'mainTab' | 'watchdogMs'
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
  formatSource: BUILTIN_SOURCE,
  sourceUuid: null,
  definitions: {},
  platformChoice: null,
  mainTab: 'logs',
  watchdogMs: DEFAULT_WATCHDOG_MS,
  expectedDrafts: {},
}

const VERSION_3_DEFAULTS = {
  formatSource: FIRST_VISIT.formatSource,
  sourceUuid: FIRST_VISIT.sourceUuid,
  definitions: FIRST_VISIT.definitions,
  platformChoice: FIRST_VISIT.platformChoice,
  mainTab: FIRST_VISIT.mainTab,
  // Came within version 3: a version 3 state without it keeps the default (persist merges).
  watchdogMs: FIRST_VISIT.watchdogMs,
}

const VERSION_4_DEFAULTS = { expectedDrafts: FIRST_VISIT.expectedDrafts }

type Version1 = Omit<Version2, 'userSamples'>

const VERSION_1_KEYS = ['text', 'tab', 'theme', 'layouts', 'framing', 'view', 'learn'] as const
const VERSION_3_KEYS = ['formatSource', 'sourceUuid', 'definitions', 'platformChoice', 'mainTab']

// Each version wrote every field of the one before and its own; a state missing one was not ours.
function isVersion1(saved: unknown): saved is Version1 {
  if (typeof saved !== 'object' || saved === null) return false
  return VERSION_1_KEYS.every((key) => key in saved)
}

function isVersion2(saved: unknown): saved is Version2 {
  return isVersion1(saved) && 'userSamples' in saved
}

function isVersion3(saved: unknown): saved is Version3 {
  return isVersion2(saved) && VERSION_3_KEYS.every((key) => key in saved)
}

function isVersion4(saved: unknown): saved is Persisted {
  return isVersion3(saved) && 'expectedDrafts' in saved
}

/**
 * Up to version 4 edits were kept by uuid alone: the edit of the folder open then moves to the
 * folder's key. Other entries stay the built-in format's, as they were read until then.
 */
function keyFolderEdit(state: Persisted): Persisted {
  const { formatSource, sourceUuid, definitions } = state
  if (formatSource.kind !== 'folder' || sourceUuid === null) return state
  const edit = definitions[sourceUuid]
  if (edit === undefined) return state
  const { [sourceUuid]: _moved, ...others } = definitions
  return { ...state, definitions: { ...others, [editKey(formatSource, sourceUuid)]: edit } }
}

function migrate(saved: unknown, version: number): Persisted {
  if (version === 4 && isVersion4(saved)) return keyFolderEdit(saved)
  if (version === 3 && isVersion3(saved)) {
    return keyFolderEdit({ ...VERSION_3_DEFAULTS, ...saved, ...VERSION_4_DEFAULTS })
  }
  if (version === 2 && isVersion2(saved)) {
    return { ...saved, ...VERSION_3_DEFAULTS, ...VERSION_4_DEFAULTS }
  }
  if (version === 1 && isVersion1(saved)) {
    return { ...saved, userSamples: [], ...VERSION_3_DEFAULTS, ...VERSION_4_DEFAULTS }
  }
  // Anything else is not read: the page starts as on a first visit.
  return FIRST_VISIT
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
        ...createSavingSlice(...api),
        ...createFileRunSlice(...api),
        ...createFormatSourceSlice(...api),
        ...createExpectedDraftsSlice(...api),
      }),
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage,
        migrate,
        partialize: (state): Persisted => ({
          text: state.text,
          tab: state.tab,
          theme: state.theme,
          layouts: state.layouts,
          framing: state.framing,
          view: state.view,
          learn: state.learn,
          userSamples: state.userSamples,
          ...keptSource(state),
          definitions: state.definitions,
          platformChoice: state.platformChoice,
          mainTab: state.mainTab,
          watchdogMs: state.watchdogMs,
          expectedDrafts: keptDrafts(state.expectedDrafts),
        }),
        // persist's own shallow merge, but drafts are read, not trusted: storage can be edited.
        merge: (saved, current): PlaygroundState => {
          if (typeof saved !== 'object' || saved === null) return current
          const merged: PlaygroundState = { ...current, ...saved }
          const drafts = 'expectedDrafts' in saved ? saved.expectedDrafts : null
          return { ...merged, expectedDrafts: readDrafts(drafts, merged.userSamples) }
        },
      },
    ),
  )
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>

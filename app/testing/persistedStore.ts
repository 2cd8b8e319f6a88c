// Test support: a playground store over an in-memory localStorage, and what older versions saved.
import { createPlaygroundStore, PERSIST_KEY, type Persisted } from '../store/create'
import { lazyJsonStorage } from '../store/lazyStorage'
import { memoryStorage } from './memoryStorage'

/** A store over a localStorage holding `initial`, as a page (re)loading finds it. */
export function newStore(initial: Record<string, string> = {}) {
  const memory = memoryStorage(initial)
  const storage = lazyJsonStorage<Persisted>(memory)
  return { memory, storage, store: createPlaygroundStore(storage) }
}

/** localStorage's items once store `version` has saved `state`. */
export const savedBy = (version: number, state: object): Record<string, string> => ({
  [PERSIST_KEY]: JSON.stringify({ version, state }),
})

/** Everything version 1 of the store saved (before user samples, formats and file runs). */
export const VERSION_1_STATE = {
  text: 'old text',
  tab: 'diff',
  theme: 'dark',
  layouts: {},
  framing: { enabled: true, timezone: 'UTC' },
  view: 'workbench',
  learn: { mode: 'practice', queue: [], position: 0, correct: 0, asked: 0, completed: [] },
}

/** Everything version 3 saved (before the Expected editors' drafts): one user sample, no edits. */
export const VERSION_3_STATE = {
  ...VERSION_1_STATE,
  userSamples: [{ name: 'MINE', message: 'm', expected: { message: 'm' } }],
  formatSource: { kind: 'builtin' },
  sourceUuid: null,
  definitions: {},
  platformChoice: '2023',
  mainTab: 'logs',
  watchdogMs: 2000,
}

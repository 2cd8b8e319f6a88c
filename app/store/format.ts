import type { StateCreator } from 'zustand'
import { compareSamples, type Regression } from '../formats/regression'
import type { FormatSummary } from '../worker/protocol'
import type { PlaygroundState } from './types'

export type WorkerStatus =
  | { state: 'starting' }
  | { state: 'ready'; version: string }
  | { state: 'failed'; message: string }

export interface FormatSlice {
  worker: WorkerStatus
  /** The compiled format as the worker last reported it; its `rev` identifies the parser. */
  format: FormatSummary | null
  /** How the samples moved since the previous revision of the same format; null on a first load. */
  regression: Regression | null
  setWorker: (worker: WorkerStatus) => void
  setFormat: (format: FormatSummary) => void
}

export const createFormatSlice: StateCreator<PlaygroundState, [], [], FormatSlice> = (set) => ({
  worker: { state: 'starting' },
  format: null,
  regression: null,
  setWorker: (worker) => set({ worker }),
  // A new parser makes every cached answer obsolete; the samples' statuses come with it.
  setFormat: (format) =>
    set((state) => ({
      format,
      sourceUuid: format.uuid,
      regression:
        state.format?.uuid === format.uuid
          ? compareSamples(state.format.samples, format.samples)
          : null,
      samples: format.samples,
      byText: new Map(),
      checks: new Map(),
    })),
})

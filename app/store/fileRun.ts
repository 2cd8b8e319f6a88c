import type { StateCreator } from 'zustand'
import type { FileResults } from '../files/fileResults'
import type { PlaygroundState } from './types'

/** The watchdog's default bound on one line's parse; the user can change it (persisted). */
export const DEFAULT_WATCHDOG_MS = 1000
export const MIN_WATCHDOG_MS = 100
export const MAX_WATCHDOG_MS = 60_000

export type FileRunState = 'running' | 'done' | 'cancelled' | 'failed'

/** A whole-file run as the page shows it. */
export interface FileRunView {
  /** The file itself: a picked line is read back from it (the page keeps offsets, not text). */
  file: File
  name: string
  size: number
  state: FileRunState
  /** Lines handled, and lines to handle in all (null until the worker has counted them). */
  done: number
  total: number | null
  linesPerSecond: number
  /** Why the run stops short of the file's end (a limit), when it does. */
  limit: string | null
  /** Why the run failed. */
  failure: string | null
  /** Appended to in place; `version` counts the appends, so views know to read it again. */
  results: FileResults
  version: number
}

/** What a run's progress changes. */
export type FileRunPatch = Partial<Omit<FileRunView, 'file' | 'results' | 'name' | 'size'>>

/** A line of the file shown in the output panel; 0-based `line`. */
export interface FileLine {
  line: number
  text: string
}

export interface FileRunSlice {
  fileRun: FileRunView | null
  fileLine: FileLine | null
  /** A line's parse taking longer than this is stopped: the worker is killed and restarted. */
  watchdogMs: number
  setFileRun: (run: FileRunView | null) => void
  /** Progress of the run whose results are `results`; a replaced run's late news is dropped. */
  updateFileRun: (results: FileResults, patch: FileRunPatch) => void
  selectFileLine: (line: FileLine | null) => void
  setWatchdogMs: (ms: number) => void
}

export const clampWatchdog = (ms: number): number =>
  Number.isFinite(ms)
    ? Math.min(MAX_WATCHDOG_MS, Math.max(MIN_WATCHDOG_MS, Math.round(ms)))
    : DEFAULT_WATCHDOG_MS

export const createFileRunSlice: StateCreator<PlaygroundState, [], [], FileRunSlice> = (set) => ({
  fileRun: null,
  fileLine: null,
  watchdogMs: DEFAULT_WATCHDOG_MS,
  setFileRun: (fileRun) => set({ fileRun, fileLine: null }),
  updateFileRun: (results, patch) =>
    set((state) =>
      state.fileRun?.results === results ? { fileRun: { ...state.fileRun, ...patch } } : {},
    ),
  selectFileLine: (fileLine) => set({ fileLine }),
  setWatchdogMs: (ms) => set({ watchdogMs: clampWatchdog(ms) }),
})

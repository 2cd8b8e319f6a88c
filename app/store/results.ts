import type { StateCreator } from 'zustand'
import { pruneCache } from '../results/schedule'
import type { FieldDoc, FramingSetting, LineResult, SampleCheck } from '../worker/protocol'
import { sameFraming } from './preferences'
import type { PlaygroundState } from './types'

/** Past this many cached lines, results of texts no longer in the editor are dropped. */
const CACHE_LIMIT = 5000

export function checkKey(sample: string, text: string): string {
  return `${sample}\u0000${text}`
}

/** Whether an answer was made by the current parser under the current framing setting. */
const isCurrent = (state: PlaygroundState, rev: number, framing: FramingSetting): boolean =>
  state.format?.rev === rev && sameFraming(state.framing, framing)

export interface ResultsSlice {
  /** Results per line text, for the parser revision `format.rev` and the setting `framing`. */
  byText: ReadonlyMap<string, LineResult>
  checks: ReadonlyMap<string, SampleCheck>
  /**
   * Lines the worker could not parse (it was killed for taking too long), with why. Kept across
   * reloads of the same format: retrying them would only kill the worker again.
   */
  failures: ReadonlyMap<string, string>
  /** Field documentation; null records a field that was asked about and is unknown. */
  docs: Readonly<Record<string, FieldDoc | null>>
  addResults: (rev: number, framing: FramingSetting, results: readonly LineResult[]) => void
  addCheck: (rev: number, framing: FramingSetting, check: SampleCheck) => void
  addFailures: (texts: readonly string[], reason: string) => void
  addDocs: (asked: readonly string[], docs: Readonly<Record<string, FieldDoc>>) => void
  pruneResults: (lines: readonly string[]) => void
}

export const createResultsSlice: StateCreator<PlaygroundState, [], [], ResultsSlice> = (set) => ({
  byText: new Map(),
  checks: new Map(),
  failures: new Map(),
  docs: {},
  addResults: (rev, framing, results) =>
    set((state) => {
      if (!isCurrent(state, rev, framing) || results.length === 0) return {}
      const byText = new Map(state.byText)
      for (const result of results) byText.set(result.text, result)
      return { byText }
    }),
  addCheck: (rev, framing, check) =>
    set((state) => {
      if (!isCurrent(state, rev, framing)) return {}
      const checks = new Map(state.checks)
      checks.set(checkKey(check.sample, check.text), check)
      return { checks }
    }),
  addFailures: (texts, reason) =>
    set((state) => {
      const failures = new Map(state.failures)
      for (const text of texts) failures.set(text, reason)
      return { failures }
    }),
  addDocs: (asked, docs) =>
    set((state) => {
      const next: Record<string, FieldDoc | null> = { ...state.docs }
      for (const field of asked) next[field] = docs[field] ?? null
      return { docs: next }
    }),
  pruneResults: (lines) =>
    set((state) => {
      const byText = pruneCache(state.byText, lines, CACHE_LIMIT)
      return byText === state.byText ? {} : { byText }
    }),
})

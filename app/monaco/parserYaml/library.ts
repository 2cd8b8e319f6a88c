// What the features ask of the worker once and keep: the base grok library, and the template
// engine's filter and test names. A failed request is not kept: the features go on with an empty
// answer (a format's own patterns, no names) and ask again next time.

import type { PatternTable } from './patternTable'

export type LoadLibrary = () => Promise<PatternTable>

/** The names a template may apply after `|` (filters) and after `is` (tests). */
export interface TemplateNames {
  filters: readonly string[]
  tests: readonly string[]
}

export type LoadTemplateNames = () => Promise<TemplateNames>

export const NO_TEMPLATE_NAMES: TemplateNames = { filters: [], tests: [] }

/** `load`'s answer, asked for once and kept; `empty` while a failed request waits to be retried. */
export function cachedAnswer<T>(load: () => Promise<T>, empty: T): () => Promise<T> {
  let answer: Promise<T> | null = null
  return () => {
    answer ??= load().catch(() => {
      answer = null
      return empty
    })
    return answer
  }
}

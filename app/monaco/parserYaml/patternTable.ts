// The patterns a grok step can refer to: the base library, overridden by the step's custom patterns
// (engine.md §3).

import type { GrokStep } from './outline'

export type PatternTable = Readonly<Record<string, string>>

export function patternTable(step: GrokStep | null, base: PatternTable): PatternTable {
  const custom = (step?.customPatterns ?? []).map((entry) => [entry.name, entry.pattern] as const)
  return { ...base, ...Object.fromEntries(custom) }
}

/** Whether `name` is defined by the table, not inherited from Object.prototype. */
export function definedIn(table: PatternTable, name: string): string | null {
  return Object.hasOwn(table, name) ? (table[name] ?? null) : null
}

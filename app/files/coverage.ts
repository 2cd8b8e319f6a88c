import type { CoverageKey } from './fileResults'

export interface CoverageBar {
  key: CoverageKey
  count: number
}

/**
 * The bars of the coverage chart: every category with lines, most first, then the format's rules
 * that matched no line at all (what the format covers that this file does not show).
 */
export function coverageBars(
  counts: readonly CoverageBar[],
  rules: readonly string[],
): CoverageBar[] {
  const seen = new Set(counts.map((bar) => bar.key))
  const unused = rules.filter((rule) => !seen.has(rule)).map((key) => ({ key, count: 0 }))
  return [...counts, ...unused]
}

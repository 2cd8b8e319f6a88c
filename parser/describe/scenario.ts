import { valueAt } from '../ecs/paths'
import type { Scenario } from '../format'
import type { EcsEvent, Value } from '../types'

function matches(value: Value | undefined, expected: string): boolean {
  if (Array.isArray(value)) return value.some((item) => matches(item, expected))
  return (typeof value === 'string' || typeof value === 'number') && String(value) === expected
}

/**
 * The SOC note for a parse result: the first scenario listing the rule that matched whose `when`
 * (if any) holds on the event, `when` on an array field meaning membership.
 */
export function scenarioFor(
  scenarios: readonly Scenario[],
  rule: string | null,
  event: EcsEvent,
): Scenario | null {
  if (rule === null) return null
  return (
    scenarios.find(
      (scenario) =>
        scenario.rules.includes(rule) &&
        (scenario.when === undefined ||
          matches(valueAt(event, scenario.when.field.split('.')), scenario.when.value)),
    ) ?? null
  )
}

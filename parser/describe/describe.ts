import { valueAt } from '../ecs/paths'
import type { SmartDescription, SmartDescriptionCondition } from '../format'
import type { EcsEvent, Value } from '../types'

/** A relationship of the winning description, with the event's values at both ends. */
export interface DescribedRelationship {
  source: string
  target: string
  type: string
  sourceValue: string
  targetValue: string
}

/** The sentence an event gets, and what it was made from. */
export interface Description {
  text: string
  /** The description's own text, placeholders unfilled. */
  template: string
  /** The fields its placeholders and conditions read, each once, in order of appearance. */
  fields: string[]
  relationships: DescribedRelationship[]
}

const PLACEHOLDER = /\{([^{}\s]+)\}/g

function read(event: EcsEvent, field: string): Value | undefined {
  const value = valueAt(event, field.split('.'))
  return value === null ? undefined : value
}

/** How a field's value reads in a sentence: list items joined, objects as JSON. */
function spoken(value: Value): string {
  if (Array.isArray(value)) return value.map(spoken).join(', ')
  if (typeof value === 'object' && value !== null) return JSON.stringify(value)
  return String(value)
}

function sameValue(left: Value, right: Value): boolean {
  if (typeof left === 'object' || typeof right === 'object') {
    return JSON.stringify(left) === JSON.stringify(right)
  }
  return left === right
}

function holds(event: EcsEvent, condition: SmartDescriptionCondition): boolean {
  const actual = read(event, condition.field)
  if (actual === undefined) return false
  const expected = condition.value
  if (expected === undefined) return true
  if (Array.isArray(actual) && !Array.isArray(expected)) {
    return actual.some((item) => sameValue(item, expected))
  }
  return sameValue(actual, expected)
}

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
}

/**
 * The sentence for an event (dialect.md, "Smart descriptions"): among the descriptions whose
 * conditions all hold, the one with the most conditions; a tie goes to the first in file order.
 * A placeholder whose field the event lacks stays as written, so the gap shows rather than hides.
 */
export function describe(
  descriptions: readonly SmartDescription[],
  event: EcsEvent,
): Description | null {
  let best: SmartDescription | null = null
  for (const candidate of descriptions) {
    if (best !== null && candidate.conditions.length <= best.conditions.length) continue
    if (candidate.conditions.every((condition) => holds(event, condition))) best = candidate
  }
  if (best === null) return null
  const text = best.value.replace(PLACEHOLDER, (written, field: string) => {
    const value = read(event, field)
    return value === undefined ? written : spoken(value)
  })
  const fields = [
    ...new Set([...placeholders(best.value), ...best.conditions.map(({ field }) => field)]),
  ]
  const relationships: DescribedRelationship[] = []
  for (const { source, target, type } of best.relationships) {
    const sourceValue = read(event, source)
    const targetValue = read(event, target)
    if (sourceValue === undefined || targetValue === undefined) continue
    relationships.push({
      source,
      target,
      type,
      sourceValue: spoken(sourceValue),
      targetValue: spoken(targetValue),
    })
  }
  return { text, template: best.value, fields, relationships }
}

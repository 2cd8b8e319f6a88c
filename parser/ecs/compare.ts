// engine.md §1: how the platform's harness compares a sample's expected event with the produced one.
import type { EcsEvent, Value } from '../types'
import { isValueObject } from './paths'

/** The related.* arrays whose order never matters. */
const UNORDERED = new Set(['related.hosts', 'related.ip', 'related.user', 'related.hash'])

function compareForSort(a: Value, b: Value): number {
  const left = typeof a === 'string' ? a : JSON.stringify(a)
  const right = typeof b === 'string' ? b : JSON.stringify(b)
  return left < right ? -1 : left > right ? 1 : 0
}

function normalizeValue(value: Value, path: string): Value {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalizeValue(item, path))
    return UNORDERED.has(path) ? items.sort(compareForSort) : items
  }
  if (!isValueObject(value)) return value
  const sorted: { [key: string]: Value } = {}
  for (const key of Object.keys(value).sort()) {
    const child = value[key]
    if (child !== undefined)
      sorted[key] = normalizeValue(child, path === '' ? key : `${path}.${key}`)
  }
  return sorted
}

/** A copy with keys sorted at every level and related.hosts/ip/user/hash sorted; other arrays keep their order. */
export function normalizeForComparison(event: EcsEvent): EcsEvent {
  const normalized = normalizeValue(event, '')
  return isValueObject(normalized) ? normalized : {}
}

function deepEqual(a: Value, b: Value): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => {
        const other = b[index]
        return other !== undefined && deepEqual(item, other)
      })
    )
  }
  if (!isValueObject(a) || !isValueObject(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const left = a[key]
      const right = b[key]
      return (
        left !== undefined && right !== undefined && Object.hasOwn(b, key) && deepEqual(left, right)
      )
    })
  )
}

/**
 * Both events normalized; the expected `message` is replaced by the produced one (the platform's harness
 * does the same), so it never decides the outcome.
 */
export function compareEvents(
  expected: EcsEvent,
  actual: EcsEvent,
): { equal: boolean; expected: EcsEvent; actual: EcsEvent } {
  const { message: _ignored, ...rest } = expected
  const withActualMessage: EcsEvent =
    actual.message === undefined ? rest : { ...rest, message: actual.message }
  const normalizedExpected = normalizeForComparison(withActualMessage)
  const normalizedActual = normalizeForComparison(actual)
  return {
    equal: deepEqual(normalizedExpected, normalizedActual),
    expected: normalizedExpected,
    actual: normalizedActual,
  }
}

// engine.md §5 over a whole event: every leaf cast to its field's type; a failed conversion drops the field.
import type { EcsEvent, Value } from '../types'
import { FieldNode } from './fieldTree'
import type { FieldTypes } from './fieldTypes'
import { readListLiteral } from './listLiteral'
import { BoundedMemo } from './memo'
import { cloneEvent, cloneValue, isValueObject, ownsKey } from './paths'

export { type CastResult, castScalar, type ScalarCaster, scalarCaster } from './scalar'

export interface DroppedField {
  field: string
  reason: string
}

// Array fields repeat the same few spellings ('["process"]'): each is read once. The lists are
// shared, so castList copies what it keeps.
const lists = new BoundedMemo((text: string) => readListLiteral(text) ?? null)

/** An array field's value as a list: a string spelling a list is read, any other value is one element. */
function asList(value: Value): readonly Value[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return lists.get(value) ?? [value]
  return [value]
}

function castList(
  field: FieldNode,
  list: readonly Value[],
  dropped: DroppedField[],
): Value[] | undefined {
  const cast: Value[] = []
  for (let index = 0; index < list.length; index++) {
    const element = list[index] as Value
    if (element === null || field.cast === null) {
      cast.push(cloneValue(element))
      continue
    }
    const result = field.cast(element)
    if (result.ok) cast.push(cloneValue(result.value))
    else dropped.push({ field: field.name, reason: `element ${index} dropped: ${result.reason}` })
  }
  // A list whose every element failed says nothing; an empty list as written is kept.
  return cast.length === 0 && list.length > 0 ? undefined : cast
}

/** The value a typed leaf holds after casting, undefined when it is dropped. */
export function castLeaf(
  field: FieldNode,
  value: Value,
  dropped: DroppedField[],
): Value | undefined {
  if (field.isArray || Array.isArray(value)) {
    const list = castList(field, asList(value), dropped)
    if (list === undefined) dropped.push({ field: field.name, reason: 'no element could be cast' })
    return list
  }
  if (value === null || field.cast === null) return value
  const cast = field.cast(value)
  if (cast.ok) return cast.value
  dropped.push({ field: field.name, reason: cast.reason })
  return undefined
}

function hasKeys(node: { [key: string]: Value }): boolean {
  for (const key in node) if (ownsKey(node, key)) return true
  return false
}

function castObject(
  node: { [key: string]: Value },
  field: FieldNode,
  dropped: DroppedField[],
): void {
  for (const key in node) {
    if (!ownsKey(node, key)) continue
    const value = node[key] as Value
    const child = field.child(key)
    if (isValueObject(value)) {
      castObject(value, child, dropped)
      // Objects left without any field vanish, as they would from an indexed document.
      if (!hasKeys(value)) delete node[key]
      continue
    }
    if (child.type === undefined) continue
    const cast = castLeaf(child, value, dropped)
    if (cast === undefined) delete node[key]
    else if (cast !== value) node[key] = cast
  }
}

/**
 * §5 over every leaf of an event the caller owns, in place: values are replaced by their cast,
 * dropped fields removed. Returns what was dropped, with why, in the event's key order.
 */
export function castInPlace(event: EcsEvent, fields: FieldNode): DroppedField[] {
  const dropped: DroppedField[] = []
  castObject(event, fields, dropped)
  return dropped
}

/** §5 over every leaf of the event; returns a new event and what was dropped, with why. */
export function castEvent(
  event: EcsEvent,
  types: FieldTypes,
): { event: EcsEvent; dropped: DroppedField[] } {
  const copy = cloneEvent(event)
  return { event: copy, dropped: castInPlace(copy, FieldNode.root(types)) }
}

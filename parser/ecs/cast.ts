// engine.md §5: the platform casts every written value to its field's type; a failed conversion drops the field.
import type { EcsEvent, Value } from '../types'
import type { FieldType, FieldTypes } from './fieldTypes'
import { isIpAddress } from './ip'
import { readListLiteral } from './listLiteral'
import {
  type IntegerType,
  inIntegerRange,
  integerToValue,
  isIntegerType,
  parsePythonFloat,
  parsePythonInt,
} from './numbers'
import { isValueObject } from './paths'

export type CastResult = { ok: true; value: Value } | { ok: false; reason: string }

export interface DroppedField {
  field: string
  reason: string
}

const FLOAT_TYPES = new Set(['double', 'float', 'half_float', 'scaled_float'])
const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  // Python's str() of a bool, which is what a template comparison renders
  True: true,
  False: false,
}

const kept = (value: Value): CastResult => ({ ok: true, value })
const failed = (value: Value, expectation: string): CastResult => ({
  ok: false,
  reason: `${JSON.stringify(value)} is not ${expectation}`,
})

function castInteger(value: Value, type: IntegerType): CastResult {
  let integer: bigint | undefined
  if (typeof value === 'string') integer = parsePythonInt(value)
  else if (typeof value === 'number' && Number.isInteger(value)) integer = BigInt(value)
  if (integer === undefined) return failed(value, `a decimal integer (${type})`)
  if (!inIntegerRange(integer, type)) return failed(value, `within the range of ${type}`)
  return kept(integerToValue(integer))
}

/** intake-formats' `number`: Python's int() when it reads the text, else float(). */
function castNumber(value: Value): CastResult {
  if (typeof value === 'number')
    return Number.isFinite(value) ? kept(value) : failed(value, 'a number')
  if (typeof value !== 'string') return failed(value, 'a number')
  const integer = parsePythonInt(value)
  if (integer !== undefined) return kept(integerToValue(integer))
  const float = parsePythonFloat(value)
  return float === undefined ? failed(value, 'a number') : kept(float)
}

function castFloat(value: Value, type: FieldType): CastResult {
  if (typeof value === 'number')
    return Number.isFinite(value) ? kept(value) : failed(value, `a ${type}`)
  const float = typeof value === 'string' ? parsePythonFloat(value) : undefined
  return float === undefined ? failed(value, `a ${type}`) : kept(float)
}

/** One value (never a list) cast to `type`. Types without a rule (keyword, date, object, unknown…) keep the value as set. */
export function castScalar(value: Value, type: FieldType): CastResult {
  if (value === null) return kept(value)
  if (isIntegerType(type)) return castInteger(value, type)
  if (type === 'number') return castNumber(value)
  if (FLOAT_TYPES.has(type)) return castFloat(value, type)
  if (type === 'ip') {
    return typeof value === 'string' && isIpAddress(value)
      ? kept(value)
      : failed(value, 'an IP address')
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return kept(value)
    const boolean =
      typeof value === 'string' && Object.hasOwn(BOOLEANS, value) ? BOOLEANS[value] : undefined
    return boolean === undefined ? failed(value, 'a boolean') : kept(boolean)
  }
  return kept(value)
}

/** An array field's value as a list: a string spelling a list is read, any other value is one element. */
function asList(value: Value): Value[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return readListLiteral(value) ?? [value]
  return [value]
}

function castList(
  field: string,
  list: readonly Value[],
  type: FieldType,
  dropped: DroppedField[],
): Value[] | undefined {
  const cast: Value[] = []
  list.forEach((element, index) => {
    const result = castScalar(element, type)
    if (result.ok) cast.push(result.value)
    else dropped.push({ field, reason: `element ${index} dropped: ${result.reason}` })
  })
  // A list whose every element failed says nothing; an empty list as written is kept.
  return cast.length === 0 && list.length > 0 ? undefined : cast
}

/** The value `field` holds after casting, undefined when it is dropped. */
function castField(
  field: string,
  value: Value,
  types: FieldTypes,
  dropped: DroppedField[],
): Value | undefined {
  const type = types.typeOf(field)
  if (type === undefined) return value
  if (types.isArray(field) || Array.isArray(value)) {
    const list = castList(field, asList(value), type, dropped)
    if (list === undefined) dropped.push({ field, reason: 'no element could be cast' })
    return list
  }
  const cast = castScalar(value, type)
  if (cast.ok) return cast.value
  dropped.push({ field, reason: cast.reason })
  return undefined
}

function castObject(
  node: { [key: string]: Value },
  prefix: string,
  types: FieldTypes,
  dropped: DroppedField[],
): EcsEvent {
  const result: EcsEvent = {}
  for (const [key, value] of Object.entries(node)) {
    const field = prefix === '' ? key : `${prefix}.${key}`
    const cast = isValueObject(value)
      ? castObject(value, field, types, dropped)
      : castField(field, value, types, dropped)
    // Objects left without any field vanish, as they would from an indexed document.
    if (cast === undefined || (isValueObject(cast) && Object.keys(cast).length === 0)) continue
    result[key] = cast
  }
  return result
}

/** §5 over every leaf of the event; returns a new event and what was dropped, with why. */
export function castEvent(
  event: EcsEvent,
  types: FieldTypes,
): { event: EcsEvent; dropped: DroppedField[] } {
  const dropped: DroppedField[] = []
  return { event: castObject(event, '', types, dropped), dropped }
}

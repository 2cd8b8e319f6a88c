// engine.md §5: how one value is cast to its field's type; a failed conversion drops it.
import type { Value } from '../types'
import type { FieldType } from './fieldTypes'
import { isIpAddress } from './ip'
import {
  type IntegerType,
  inIntegerRange,
  integerToValue,
  isIntegerType,
  parsePythonFloat,
  parsePythonInt,
  parseShortInt,
} from './numbers'

export type CastResult = { ok: true; value: Value } | { ok: false; reason: string }

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
  const short = typeof value === 'string' ? parseShortInt(value) : undefined
  if (short !== undefined) {
    return inIntegerRange(short, type) ? kept(short) : failed(value, `within the range of ${type}`)
  }
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
  const short = parseShortInt(value)
  if (short !== undefined) return kept(short)
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

/** How one value (never a list) is cast to a type; null for types without a rule (keyword, date, object, unknown…), whose values stay as set. */
export type ScalarCaster = (value: Value) => CastResult

function castIp(value: Value): CastResult {
  return typeof value === 'string' && isIpAddress(value)
    ? kept(value)
    : failed(value, 'an IP address')
}

function castBoolean(value: Value): CastResult {
  if (typeof value === 'boolean') return kept(value)
  const boolean =
    typeof value === 'string' && Object.hasOwn(BOOLEANS, value) ? BOOLEANS[value] : undefined
  return boolean === undefined ? failed(value, 'a boolean') : kept(boolean)
}

function casterOf(type: FieldType): ScalarCaster | null {
  if (isIntegerType(type)) return (value) => castInteger(value, type)
  if (type === 'number') return castNumber
  if (FLOAT_TYPES.has(type)) return (value) => castFloat(value, type)
  if (type === 'ip') return castIp
  if (type === 'boolean') return castBoolean
  return null
}

const casters = new Map<FieldType, ScalarCaster | null>()

/** The caster of a type, made once per type. */
export function scalarCaster(type: FieldType): ScalarCaster | null {
  let caster = casters.get(type)
  if (caster === undefined) {
    caster = casterOf(type)
    casters.set(type, caster)
  }
  return caster
}

/** One value (never a list) cast to `type`. */
export function castScalar(value: Value, type: FieldType): CastResult {
  const cast = scalarCaster(type)
  return value === null || cast === null ? kept(value) : cast(value)
}

// Crossing the boundary between the caller's JSON-shaped values and the template's Python values.
import type { Value } from '../types'
import { PyDict } from './dict'
import { PyFloat, type PyInt, type PyValue } from './values'

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** Python ints are unbounded: beyond the safe range they are bigints, inside it plain numbers. */
export const normInt = (b: bigint): PyInt => (b <= MAX_SAFE && b >= -MAX_SAFE ? Number(b) : b)

/** An integral JS number is a Python int (the caller's data cannot say 3.0); any other number a float. */
export function fromNumber(n: number): PyValue {
  if (!Number.isInteger(n)) return new PyFloat(n)
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n
  return BigInt(n)
}

export function fromValue(v: Value): PyValue {
  if (typeof v === 'number') return fromNumber(v)
  if (Array.isArray(v)) return v.map(fromValue)
  if (typeof v === 'object' && v !== null) return PyDict.view(v)
  return v
}

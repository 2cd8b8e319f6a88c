// Python's object protocols over template values: iteration, len(), truth, __index__ (integer and
// slice arguments), obj[key] and obj[a:b:c].
import { PyDict } from './dict'
import { PythonError, typeError, UndefinedError } from './errors'
import { pyRepr } from './repr'
import { codePoints, cpLength } from './text'
import { PyFloat, PyObject, PyTuple, type PyValue, typeName, Undefined } from './values'

export function iterate(v: PyValue): PyValue[] {
  if (typeof v === 'string') return codePoints(v)
  if (Array.isArray(v)) return v.slice()
  if (v instanceof PyTuple) return v.items.slice()
  if (v instanceof PyDict) return v.keys()
  if (v instanceof Undefined) return []
  if (v instanceof PyObject && v.iterate) return v.iterate()
  throw typeError(`'${typeName(v)}' object is not iterable`)
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return cpLength(v)
  if (Array.isArray(v)) return v.length
  if (v instanceof PyTuple) return v.items.length
  if (v instanceof PyDict) return v.size
  if (v instanceof Undefined) return 0
  if (v instanceof PyObject && v.size) return v.size()
  throw typeError(`object of type '${typeName(v)}' has no len()`)
}

export function truthy(v: PyValue): boolean {
  if (typeof v === 'string') return v.length > 0
  if (typeof v === 'boolean') return v
  if (v === null) return false
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'bigint') return v !== 0n
  if (v instanceof PyFloat) return v.value !== 0
  if (v instanceof Undefined) return false
  if (v instanceof PyObject) return v.size ? v.size() > 0 : true
  return len(v) > 0
}

/** An int (or bool) usable as an index, as a JS number; null for anything else. */
export function asIndex(v: PyValue): number | null {
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'boolean') return v ? 1 : 0
  return null
}

/** An integer argument as a JS number, else Python's TypeError (`v` undefined: none was given). */
export function needIndex(v: PyValue | undefined): number {
  const i = v === undefined ? null : asIndex(v)
  if (i === null)
    throw typeError(
      `'${v === undefined ? 'nothing' : typeName(v)}' object cannot be interpreted as an integer`,
    )
  return i
}

/** A slice bound or a find-style start/end as a JS number; None (or no argument) is null. */
export function sliceIndex(v: PyValue | null | undefined): number | null {
  if (v === undefined || v === null) return null
  const i = asIndex(v)
  if (i === null)
    throw typeError('slice indices must be integers or None or have an __index__ method')
  return i
}

function sequenceItems(v: PyValue): readonly PyValue[] | string[] | null {
  if (typeof v === 'string') return codePoints(v)
  if (Array.isArray(v)) return v
  if (v instanceof PyTuple) return v.items
  return null
}

/** Python obj[key] (not a slice): raises TypeError, IndexError, KeyError like Python does. */
export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof Undefined) throw new UndefinedError(obj.hint)
  if (obj instanceof PyDict) {
    const found = obj.get(key)
    if (found === undefined) throw new PythonError('KeyError', pyRepr(key))
    return found
  }
  const items = sequenceItems(obj)
  if (items === null) {
    if (obj instanceof PyObject && obj.iterate && obj.size) return getItem(obj.iterate(), key)
    throw typeError(`'${typeName(obj)}' object is not subscriptable`)
  }
  const index = asIndex(key)
  const kind = typeName(obj)
  if (index === null) {
    throw typeError(
      kind === 'str'
        ? `string indices must be integers, not '${typeName(key)}'`
        : `${kind} indices must be integers or slices, not ${typeName(key)}`,
    )
  }
  const i = index < 0 ? index + items.length : index
  const item = items[i]
  if (item === undefined) {
    throw new PythonError('IndexError', `${kind === 'str' ? 'string' : kind} index out of range`)
  }
  return item
}

/** Python obj[start:stop:step] on str, list and tuple. */
export function getSlice(
  obj: PyValue,
  startValue: PyValue | null,
  stopValue: PyValue | null,
  stepValue: PyValue | null,
): PyValue {
  if (obj instanceof Undefined) throw new UndefinedError(obj.hint)
  if (obj instanceof PyDict) throw typeError("unhashable type: 'slice'")
  const items = sequenceItems(obj)
  if (items === null) throw typeError(`'${typeName(obj)}' object is not subscriptable`)
  const step = sliceIndex(stepValue) ?? 1
  if (step === 0) throw new PythonError('ValueError', 'slice step cannot be zero')
  const n = items.length
  const lower = step < 0 ? -1 : 0
  const upper = step < 0 ? n - 1 : n
  const clamp = (b: number | null, fallback: number): number => {
    if (b === null) return fallback
    const x = b < 0 ? b + n : b
    return x < lower ? lower : Math.min(x, upper)
  }
  const start = clamp(sliceIndex(startValue), step < 0 ? upper : lower)
  const stop = clamp(sliceIndex(stopValue), step < 0 ? lower : upper)
  const picked: PyValue[] = []
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) picked.push(items[i] as PyValue)
  if (typeof obj === 'string') return picked.join('')
  return Array.isArray(obj) ? picked : new PyTuple(picked)
}

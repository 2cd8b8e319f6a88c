// Jinja2's attribute and item lookup (`a.b` tries the attribute first, `a['b']` the item first; a miss is
// Undefined, never an error) and calls, over Python's own getattr and obj[key].
import { callCollectionMethod, hasCollectionMethod } from './collmethods'
import { PyDict } from './dict'
import { PythonError, typeError, UndefinedError } from './errors'
import { BoundMethod } from './objects'
import { getItem } from './protocol'
import { pyRepr } from './repr'
import { callStrMethod, hasStrMethod } from './strmethods'
import {
  type Kwargs,
  objectTypeRepr,
  PyFloat,
  PyObject,
  PyTuple,
  type PyValue,
  typeName,
  Undefined,
} from './values'

function runMethod(self: PyValue, name: string, args: readonly PyValue[], kwargs: Kwargs): PyValue {
  if (typeof self === 'string') return callStrMethod(self, name, args, kwargs)
  if (self instanceof PyDict || Array.isArray(self) || self instanceof PyTuple) {
    return callCollectionMethod(self, name, args, kwargs)
  }
  throw typeError(`'${typeName(self)}' object has no method '${name}'`)
}

function hasMethod(obj: PyValue, name: string): boolean {
  if (typeof obj === 'string') return hasStrMethod(name)
  if (obj instanceof PyDict || Array.isArray(obj) || obj instanceof PyTuple)
    return hasCollectionMethod(obj, name)
  return false
}

/** Python getattr(obj, name); `undefined` stands for AttributeError. */
function pyGetAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof Undefined) throw new UndefinedError(obj.hint)
  if (hasMethod(obj, name)) return new BoundMethod(obj, name, runMethod)
  if (obj instanceof PyObject) return obj.getAttr(name)
  if (typeof obj === 'number' || typeof obj === 'bigint' || typeof obj === 'boolean') {
    const i = typeof obj === 'boolean' ? Number(obj) : obj
    if (name === 'real' || name === 'numerator') return i
    if (name === 'imag') return 0
    if (name === 'denominator') return 1
  }
  if (obj instanceof PyFloat) {
    if (name === 'real') return obj
    if (name === 'imag') return new PyFloat(0)
  }
  return undefined
}

const isLookupFailure = (e: unknown): boolean =>
  e instanceof PythonError &&
  ['TypeError', 'KeyError', 'IndexError', 'AttributeError'].includes(e.pythonType)

function missing(obj: PyValue, key: PyValue): Undefined {
  return new Undefined(
    typeof key === 'string'
      ? `'${objectTypeRepr(obj)}' has no attribute '${key}'`
      : `${objectTypeRepr(obj)} has no element ${pyRepr(key)}`,
  )
}

/** `obj.name` in a template. */
export function jinjaGetAttr(obj: PyValue, name: string): PyValue {
  const attr = pyGetAttr(obj, name)
  if (attr !== undefined) return attr
  try {
    return getItem(obj, name)
  } catch (e) {
    if (isLookupFailure(e)) return missing(obj, name)
    throw e
  }
}

/** `obj[key]` in a template. */
export function jinjaGetItem(obj: PyValue, key: PyValue): PyValue {
  try {
    return getItem(obj, key)
  } catch (e) {
    if (!isLookupFailure(e)) throw e
    if (typeof key === 'string') {
      const attr = pyGetAttr(obj, key)
      if (attr !== undefined) return attr
    }
    return missing(obj, key)
  }
}

export function callValue(callee: PyValue, args: readonly PyValue[], kwargs: Kwargs): PyValue {
  if (callee instanceof Undefined) throw new UndefinedError(callee.hint)
  if (callee instanceof PyObject && callee.call) return callee.call(args, kwargs)
  throw typeError(`'${typeName(callee)}' object is not callable`)
}

/** `obj.name(args)`: the same as looking the attribute up and calling it, without building a bound method. */
export function callAttr(
  obj: PyValue,
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs,
): PyValue {
  if (obj instanceof Undefined) throw new UndefinedError(obj.hint)
  if (hasMethod(obj, name)) return runMethod(obj, name, args, kwargs)
  return callValue(jinjaGetAttr(obj, name), args, kwargs)
}

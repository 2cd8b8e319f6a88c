// Python's ==, ordering and `in`: == across types is False, ordering across types raises TypeError.
import { PyDict } from './dict'
import { typeError, UndefinedError } from './errors'
import { compareNumeric, numeric } from './numbers'
import { iterate } from './protocol'
import { compareStrings } from './text'
import { PyObject, PyTuple, type PyValue, typeName, Undefined } from './values'

export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b && (typeof a !== 'object' || a === null)) return true
  if (a instanceof Undefined || b instanceof Undefined) {
    return a instanceof Undefined && b instanceof Undefined
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b
  const na = numeric(a)
  const nb = numeric(b)
  if (na || nb) return na !== null && nb !== null && compareNumeric(na, nb) === 0
  if (Array.isArray(a) && Array.isArray(b)) return sequencesEqual(a, b)
  if (a instanceof PyTuple && b instanceof PyTuple) return sequencesEqual(a.items, b.items)
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false
    return a.items().every(([k, v]) => {
      const other = b.get(k)
      return other !== undefined && eq(v, other)
    })
  }
  return a === b
}

function sequencesEqual(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  return a.length === b.length && a.every((x, i) => eq(x, b[i] as PyValue))
}

export type OrderOp = '<' | '<=' | '>' | '>='

/** Sign of a ⋚ b for ordering operators (NaN when unordered); TypeError across unrelated types. */
export function order(a: PyValue, b: PyValue, op: OrderOp): number {
  if (a instanceof Undefined) throw new UndefinedError(a.hint)
  if (b instanceof Undefined) throw new UndefinedError(b.hint)
  const na = numeric(a)
  const nb = numeric(b)
  if (na && nb) return compareNumeric(na, nb)
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b)
  if (Array.isArray(a) && Array.isArray(b)) return orderSequences(a, b, op)
  if (a instanceof PyTuple && b instanceof PyTuple) return orderSequences(a.items, b.items, op)
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  )
}

function orderSequences(a: readonly PyValue[], b: readonly PyValue[], op: OrderOp): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i] as PyValue
    const y = b[i] as PyValue
    if (!eq(x, y)) return order(x, y, op)
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

export function compareOp(a: PyValue, b: PyValue, op: OrderOp): boolean {
  const c = order(a, b, op)
  switch (op) {
    case '<':
      return c < 0
    case '<=':
      return c <= 0
    case '>':
      return c > 0
    case '>=':
      return c >= 0
  }
}

/** Python `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`)
    }
    return container.includes(item)
  }
  if (container instanceof PyDict) return container.has(item)
  if (Array.isArray(container)) return container.some((x) => eq(x, item))
  if (container instanceof PyTuple) return container.items.some((x) => eq(x, item))
  if (container instanceof Undefined || (container instanceof PyObject && container.iterate)) {
    return iterate(container).some((x) => eq(x, item))
  }
  throw typeError(`argument of type '${typeName(container)}' is not iterable`)
}

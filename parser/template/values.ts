// The Python values a template computes with. Integers are JS safe integers (or bigints beyond that range),
// floats are boxed so that 3.0 stays a float, tuples are told apart from lists, and Jinja2's Undefined is a value.
import type { PyDict } from './dict'

export class PyFloat {
  constructor(readonly value: number) {}
}

export class PyTuple {
  constructor(readonly items: readonly PyValue[]) {}
}

/** Jinja2's default Undefined: prints as '', iterates as empty, is falsy; anything else raises with `hint`. */
export class Undefined {
  constructor(readonly hint: string) {}
}

export type Kwargs = ReadonlyMap<string, PyValue>

/** Any other Python object (bound methods, loop, namespace, dict views, range): attributes and protocols on demand. */
export abstract class PyObject {
  abstract readonly typeName: string
  abstract repr(): string
  /** Python getattr; `undefined` means AttributeError. */
  getAttr(_name: string): PyValue | undefined {
    return undefined
  }
  /** Present on callables. */
  call?(args: readonly PyValue[], kwargs: Kwargs): PyValue
  /** Present on iterables: the items, in order. */
  iterate?(): PyValue[]
  /** Present on sized objects (len). */
  size?(): number
}

export type PyInt = number | bigint

/** `number` is always an integer here (non-integral numbers are PyFloat); `bigint` only outside the safe range. */
export type PyValue =
  | string
  | boolean
  | null
  | number
  | bigint
  | PyFloat
  | PyValue[]
  | PyTuple
  | PyDict
  | Undefined
  | PyObject

export const isInt = (v: PyValue): v is PyInt => typeof v === 'number' || typeof v === 'bigint'

/** Python's type name, as error messages print it. */
export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType'
  switch (typeof v) {
    case 'string':
      return 'str'
    case 'boolean':
      return 'bool'
    case 'number':
    case 'bigint':
      return 'int'
  }
  if (v instanceof PyFloat) return 'float'
  if (Array.isArray(v)) return 'list'
  if (v instanceof PyTuple) return 'tuple'
  if (v instanceof Undefined) return 'Undefined'
  if (v instanceof PyObject) return v.typeName
  return 'dict'
}

/** Jinja2's `object_type_repr`, used in "has no attribute" messages. */
export const objectTypeRepr = (v: PyValue): string =>
  v === null ? 'None' : `${typeName(v)} object`

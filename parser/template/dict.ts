// Python dicts: insertion-ordered, keyed by value equality (1, 1.0 and True are one key).
// A dict read from the caller's data is a view over that object until a template mutates it.
import type { Value } from '../types'
import { fromValue } from './convert'
import { typeError } from './errors'
import { PyFloat, PyObject, PyTuple, type PyValue, typeName, Undefined } from './values'

const objectIds = new WeakMap<object, number>()
let nextObjectId = 0

/** A string that is equal for equal hashable keys; TypeError for unhashable ones (lists, dicts). */
export function hashKey(key: PyValue): string {
  if (typeof key === 'string') return `s${key}`
  if (key === null) return 'N'
  if (typeof key === 'boolean') return key ? 'n1' : 'n0'
  if (typeof key === 'number' || typeof key === 'bigint') return `n${key}`
  if (key instanceof PyFloat) {
    return Number.isInteger(key.value) ? `n${BigInt(key.value)}` : `f${key.value}`
  }
  if (key instanceof PyTuple) return `t(${key.items.map(hashKey).join(',')})`
  if (key instanceof Undefined) return 'U'
  if (key instanceof PyObject) {
    let id = objectIds.get(key)
    if (id === undefined) {
      id = nextObjectId++
      objectIds.set(key, id)
    }
    return `o${id}`
  }
  throw typeError(`unhashable type: '${typeName(key)}'`)
}

interface Entry {
  key: PyValue
  value: PyValue
}

export class PyDict {
  /** Children of a view already converted, so that a list read twice is the same (mutable) list. */
  private converted: Map<string, PyValue> | null = null

  private constructor(
    private entries: Map<string, Entry> | null,
    private readonly source: { readonly [key: string]: Value } | null,
  ) {}

  private child(key: string, v: Value): PyValue {
    if (typeof v !== 'object' || v === null) return fromValue(v)
    if (!this.converted) this.converted = new Map()
    let c = this.converted.get(key)
    if (c === undefined) {
      c = fromValue(v)
      this.converted.set(key, c)
    }
    return c
  }

  static empty(): PyDict {
    return new PyDict(new Map(), null)
  }

  /** A lazy view: children are converted when read, and the object is copied before any mutation. */
  static view(source: { readonly [key: string]: Value }): PyDict {
    return new PyDict(null, source)
  }

  static fromPairs(pairs: Iterable<readonly [PyValue, PyValue]>): PyDict {
    const d = PyDict.empty()
    for (const [k, v] of pairs) d.set(k, v)
    return d
  }

  get size(): number {
    return this.entries ? this.entries.size : Object.keys(this.source ?? {}).length
  }

  get(key: PyValue): PyValue | undefined {
    if (this.entries) return this.entries.get(hashKey(key))?.value
    hashKey(key)
    if (typeof key !== 'string' || !this.source || !Object.hasOwn(this.source, key))
      return undefined
    const v = this.source[key]
    return v === undefined ? undefined : this.child(key, v)
  }

  has(key: PyValue): boolean {
    return this.get(key) !== undefined
  }

  set(key: PyValue, value: PyValue): void {
    this.own().set(hashKey(key), { key, value })
  }

  delete(key: PyValue): boolean {
    return this.own().delete(hashKey(key))
  }

  clear(): void {
    this.own().clear()
  }

  keys(): PyValue[] {
    return this.entries
      ? [...this.entries.values()].map((e) => e.key)
      : Object.keys(this.source ?? {})
  }

  values(): PyValue[] {
    return this.items().map(([, v]) => v)
  }

  items(): [PyValue, PyValue][] {
    if (this.entries) return [...this.entries.values()].map((e) => [e.key, e.value])
    return Object.entries(this.source ?? {}).map(([k, v]) => [k, this.child(k, v)])
  }

  copy(): PyDict {
    return PyDict.fromPairs(this.items())
  }

  private own(): Map<string, Entry> {
    if (!this.entries) {
      const entries = new Map<string, Entry>()
      for (const [k, v] of this.items()) entries.set(hashKey(k), { key: k, value: v })
      this.entries = entries
    }
    return this.entries
  }
}

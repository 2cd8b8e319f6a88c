// Dotted-path access to nested events: `source.user.name` ↔ {source: {user: {name}}}.
import type { EcsEvent, Value } from '../types'

type ValueObject = { [key: string]: Value }

/** What a path is read from: an event, or the layers templates see (where a name may be missing). */
type Root = { readonly [key: string]: Value | undefined }

export function isValueObject(value: Value | undefined): value is ValueObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const ownPropertyTest = Object.prototype.hasOwnProperty

/**
 * Whether `node` has `key` of its own, the way `for…in` loops over values ask it: V8 optimizes
 * hasOwnProperty inside such a loop away, but not Object.hasOwn, which then costs as much as the
 * walk itself (4x in a micro-benchmark). Through an alias, as the linter rewrites the direct spelling.
 */
export const ownsKey = (node: object, key: string): boolean => ownPropertyTest.call(node, key)

/**
 * `node[key]` when `node` owns `key`, else undefined. Reading first is faster than asking first:
 * an object of values inherits only Object.prototype's methods and `__proto__`, so only such an
 * answer needs the ownership check.
 */
export function ownValue(node: Root, key: string): Value | undefined {
  const value = node[key]
  if (value === undefined || (typeof value !== 'function' && key !== '__proto__')) return value
  return Object.hasOwn(node, key) ? value : undefined
}

/**
 * A field with its dotted name split once: the engine reads and writes the same few dozen
 * fields on every line, so the hot paths take the keys and never split or join strings.
 */
export interface FieldPath {
  readonly name: string
  readonly keys: readonly string[]
}

export const fieldPath = (name: string): FieldPath => ({ name, keys: name.split('.') })

/** The value at `keys`; undefined when a step is missing or is not an object. */
export function valueAt(root: Root, keys: readonly string[]): Value | undefined {
  const head = keys[0]
  if (head === undefined) return undefined
  let node = ownValue(root, head)
  for (let index = 1; index < keys.length; index++) {
    if (!isValueObject(node)) return undefined
    node = ownValue(node, keys[index] as string)
  }
  return node
}

/** Writes `value` at `keys`, creating objects on the way; a scalar standing in the way is replaced by an object (the deeper field wins). */
export function writeAt(event: EcsEvent, keys: readonly string[], value: Value): void {
  let node: ValueObject = event
  const last = keys.length - 1
  for (let depth = 0; depth < last; depth++) {
    const key = keys[depth] as string
    const next = ownValue(node, key)
    if (isValueObject(next)) node = next
    else {
      const created: ValueObject = {}
      setOwn(node, key, created)
      node = created
    }
  }
  setOwn(node, keys[last] as string, value)
}

/**
 * Field names come from user-edited definitions: a plain assignment to `__proto__` would swap the
 * object's prototype (or pollute Object.prototype through an inherited read), so that one key is
 * defined as an ordinary own property.
 */
function setOwn(node: ValueObject, key: string, value: Value): void {
  if (key === '__proto__') {
    Object.defineProperty(node, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    })
  } else {
    node[key] = value
  }
}

function isEmpty(node: ValueObject): boolean {
  for (const key in node) if (ownsKey(node, key)) return false
  return true
}

/** Removes the field at `keys`, then every parent object the removal left empty. */
export function deleteAt(event: EcsEvent, keys: readonly string[]): void {
  const last = keys.length - 1
  const parents: ValueObject[] = []
  let node: ValueObject = event
  for (let depth = 0; depth < last; depth++) {
    const next = node[keys[depth] as string]
    if (!isValueObject(next)) return
    parents.push(node)
    node = next
  }
  const leaf = keys[last]
  if (leaf === undefined || !Object.hasOwn(node, leaf)) return
  delete node[leaf]
  for (let depth = parents.length - 1; depth >= 0 && isEmpty(node); depth--) {
    node = parents[depth] as ValueObject
    delete node[keys[depth] as string]
  }
}

export const getPath = (event: EcsEvent, path: string): Value | undefined =>
  valueAt(event, path.split('.'))

export const setPath = (event: EcsEvent, path: string, value: Value): void =>
  writeAt(event, path.split('.'), value)

export const deletePath = (event: EcsEvent, path: string): void => deleteAt(event, path.split('.'))

/** Dotted paths of every value that is not an object (arrays count as leaves), depth-first in key order. */
export function leafPaths(event: EcsEvent): string[] {
  const paths: string[] = []
  const walk = (node: ValueObject, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix === '' ? key : `${prefix}.${key}`
      if (isValueObject(value)) walk(value, path)
      else paths.push(path)
    }
  }
  walk(event, '')
  return paths
}

export function cloneValue(value: Value): Value {
  if (Array.isArray(value)) return value.map(cloneValue)
  if (!isValueObject(value)) return value
  const copy: ValueObject = {}
  for (const [key, child] of Object.entries(value)) copy[key] = cloneValue(child)
  return copy
}

/** A deep copy; events are plain JSON-shaped data, which this copies faster than structuredClone. */
export function cloneEvent(event: EcsEvent): EcsEvent {
  const copy: EcsEvent = {}
  for (const [key, value] of Object.entries(event)) copy[key] = cloneValue(value)
  return copy
}

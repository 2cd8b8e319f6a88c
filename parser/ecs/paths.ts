// Dotted-path access to nested events: `source.user.name` ↔ {source: {user: {name}}}.
import type { EcsEvent, Value } from '../types'

type ValueObject = { [key: string]: Value }

export function isValueObject(value: Value | undefined): value is ValueObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Events are read through the same few dozen field names on every line: split each once.
const splitCache = new Map<string, readonly string[]>()
function splitPath(path: string): readonly string[] {
  let keys = splitCache.get(path)
  if (keys === undefined) {
    keys = path.split('.')
    if (splitCache.size < 4096) splitCache.set(path, keys)
  }
  return keys
}

export function getPath(event: EcsEvent, path: string): Value | undefined {
  let node: Value | undefined = event
  for (const key of splitPath(path)) {
    if (!isValueObject(node) || !Object.hasOwn(node, key)) return undefined
    node = node[key]
  }
  return node
}

/** Writes `value` at `path`, creating objects on the way; a scalar standing in the way is replaced by an object (the deeper field wins). */
export function setPath(event: EcsEvent, path: string, value: Value): void {
  const keys = splitPath(path)
  const last = keys[keys.length - 1]
  if (last === undefined) return
  let node: ValueObject = event
  for (let depth = 0; depth < keys.length - 1; depth++) {
    const key = keys[depth] as string
    const next = node[key]
    if (isValueObject(next)) {
      node = next
    } else {
      const created: ValueObject = {}
      node[key] = created
      node = created
    }
  }
  node[last] = value
}

/** Removes the field at `path`, then every parent object the removal left empty. */
export function deletePath(event: EcsEvent, path: string): void {
  const keys = path.split('.')
  const parents: ValueObject[] = []
  let node: ValueObject = event
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    if (!isValueObject(next)) return
    parents.push(node)
    node = next
  }
  const last = keys[keys.length - 1]
  if (last === undefined || !Object.hasOwn(node, last)) return
  delete node[last]
  for (let depth = parents.length - 1; depth >= 0; depth--) {
    const parent = parents[depth]
    const key = keys[depth]
    if (parent === undefined || key === undefined) return
    const child = parent[key]
    if (!isValueObject(child) || Object.keys(child).length > 0) return
    delete parent[key]
  }
}

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

function cloneValue(value: Value): Value {
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

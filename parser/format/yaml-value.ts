import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import type { Value } from '../types'

/** A YAML node as a domain value (the JSON subset); undefined for what has no such value (aliases to nothing, tags we do not know). */
export function yamlValue(node: unknown): Value | undefined {
  if (isScalar(node)) return scalarValue(node.value)
  if (isSeq(node)) {
    const items: Value[] = []
    for (const item of node.items) {
      const value = yamlValue(item)
      if (value === undefined) return undefined
      items.push(value)
    }
    return items
  }
  if (isMap(node)) {
    const entries: Record<string, Value> = {}
    for (const pair of node.items) {
      const key = keyOf(pair)
      const value = pair.value === null ? null : yamlValue(pair.value)
      if (key === null || value === undefined) return undefined
      entries[key] = value
    }
    return entries
  }
  return undefined
}

function scalarValue(value: unknown): Value | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  return undefined
}

/** A map key as the string a Python dict built from this YAML would be looked up with. */
export function keyOf(pair: Pair): string | null {
  const key = pair.key
  if (!isScalar(key)) return null
  const value = key.value
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return null
}

export function pairNamed(map: YAMLMap, name: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === name)
}

/** The node a pair's key or value holds, if it is a scalar, a map or a list. */
export function asNode(value: unknown): Node | null {
  return isScalar(value) || isMap(value) || isSeq(value) ? value : null
}

export function valueNode(pair: Pair | undefined): Node | null {
  return asNode(pair?.value)
}

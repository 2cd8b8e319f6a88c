import type { EcsEvent, Value } from '../../parser/types'

/** The fields a results row shows, most telling first; a row shows the first few the event has. */
const KEY_FIELDS: readonly { name: string; path: readonly string[] }[] = [
  'event.action',
  'user.name',
  'source.ip',
  'destination.ip',
  'process.name',
  'file.path',
  'url.original',
  'event.reason',
  'host.name',
].map((name) => ({ name, path: name.split('.') }))
const SHOWN = 3
const MAX_VALUE_LENGTH = 60

// Split once, and named once: a file run looks up every key field of every one of its lines.
function valueAt(event: EcsEvent, path: readonly string[]): Value | undefined {
  let node: Value | undefined = event
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    node = node[key]
  }
  return node
}

const shown = (value: Value): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text
}

/** `field=value` for the first few key fields the event has, joined for one row. */
export function keyFields(event: EcsEvent): string {
  const parts: string[] = []
  for (const { name, path } of KEY_FIELDS) {
    const value = valueAt(event, path)
    if (value === undefined || value === null) continue
    parts.push(`${name}=${shown(value)}`)
    if (parts.length === SHOWN) break
  }
  return parts.join('  ')
}

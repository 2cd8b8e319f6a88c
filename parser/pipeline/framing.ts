// The framing step's share of a run: the header's fields fill what the format's actions left unset.
import { type FieldNode, isValueObject, type WritableFields, writeAt } from '../ecs'
import type { Framed, FramingOptions } from '../framing'
import type { Capture, EcsEvent, Value } from '../types'
import type { Sources } from './sources'

/**
 * Every field a header can fill (parser/framing/README.md); post-processing is planned for what a
 * parser can write, so these must count as writable for host.hostname to reach related.hosts.
 */
const HEADER_FIELDS: readonly { field: string; mayBeObject: boolean }[] = [
  { field: '@timestamp', mayBeObject: false },
  { field: 'host.hostname', mayBeObject: false },
  { field: 'log.level', mayBeObject: false },
  { field: 'log.syslog', mayBeObject: true },
  { field: 'process.name', mayBeObject: false },
  { field: 'process.pid', mayBeObject: false },
]

export function addHeaderFields(writable: WritableFields): WritableFields {
  for (const { field, mayBeObject } of HEADER_FIELDS) writable.add(field, mayBeObject)
  return writable
}

/**
 * Framing on, read in UTC, year-less stamps placed relative to this very moment. `now` is read
 * only by the few lines whose stamp has no year, so it is not made for every line.
 */
export const DEFAULT_FRAMING: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  get now() {
    return new Date()
  },
}

/** Whether nothing the format wrote stands at `keys`, nor a non-object value on its way there. */
function isFree(event: EcsEvent, keys: readonly string[]): boolean {
  let node: Value | undefined = event
  for (const key of keys) {
    if (!isValueObject(node)) return node === undefined
    node = Object.hasOwn(node, key) ? node[key] : undefined
  }
  return node === undefined
}

/** The header characters each field was read from, as captures of the raw line. */
function headerCaptures(line: string, framed: Framed): Map<string, Capture[]> {
  const captures = new Map<string, Capture[]>()
  for (const { field, start, end } of framed.header.parts) {
    const capture: Capture = { field, value: line.slice(start, end), start, end }
    const known = captures.get(field)
    if (known) known.push(capture)
    else captures.set(field, [capture])
  }
  return captures
}

/**
 * Writes each header field the format did not set, before post-processing reads them. The values
 * are this line's own, shared with nothing, so the event needs no copy for them.
 */
export function fillHeaderFields(
  event: EcsEvent,
  sources: Sources,
  fields: FieldNode,
  line: string,
  framed: Framed,
): void {
  const captures = headerCaptures(line, framed)
  for (const field in framed.fields) {
    const value = framed.fields[field]
    if (value === undefined) continue
    const node = fields.at(field)
    if (!isFree(event, node.keys)) continue
    writeAt(event, node.keys, value)
    sources.wrote(node, captures.get(field) ?? [], isValueObject(value))
  }
}

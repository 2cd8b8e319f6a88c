// engine.md §6.4: related.* gathers the event's IPs, users and hosts.
import type { EcsEvent, Value } from '../types'
import { getPath } from './paths'

export type RelatedField = 'related.ip' | 'related.user' | 'related.hosts'

const RELATED_FIELDS: readonly RelatedField[] = ['related.ip', 'related.user', 'related.hosts']

const RELATED_SOURCES: Readonly<Record<RelatedField, readonly string[]>> = {
  'related.ip': ['source.ip', 'destination.ip', 'client.ip', 'server.ip', 'host.ip', 'observer.ip'],
  'related.user': [
    'user.name',
    'source.user.name',
    'destination.user.name',
    'client.user.name',
    'server.user.name',
    'user.target.name',
  ],
  // Not host.name (seed VARIOUS_DEVICE_OUTCOME_REASON: host.name "fdm" is absent from related) and not url.domain.
  'related.hosts': [
    'source.domain',
    'destination.domain',
    'client.domain',
    'server.domain',
    'host.hostname',
    'observer.hostname',
    'dns.question.name',
  ],
}

export interface RelatedValues {
  field: RelatedField
  /** Deduplicated and sorted, the parser's own related values included. */
  values: string[]
  /** The fields that contributed at least one value. */
  sources: string[]
}

function strings(value: Value | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string')
  return []
}

function sourcesOf(event: EcsEvent, field: RelatedField): readonly string[] {
  if (field !== 'related.ip') return RELATED_SOURCES[field]
  // *.nat.ip: the NAT block of any top-level object (source, destination, client, server in ECS)
  const nat = Object.keys(event)
    .map((key) => `${key}.nat.ip`)
    .filter((path) => getPath(event, path) !== undefined)
  return [...RELATED_SOURCES[field], ...nat]
}

/** For each related.* field with at least one value, what it should hold and where that came from. */
export function collectRelated(event: EcsEvent): RelatedValues[] {
  const collected: RelatedValues[] = []
  for (const field of RELATED_FIELDS) {
    const values = new Set(strings(getPath(event, field)))
    const sources: string[] = []
    for (const source of sourcesOf(event, field)) {
      const found = strings(getPath(event, source))
      if (found.length === 0) continue
      sources.push(source)
      for (const value of found) values.add(value)
    }
    if (values.size > 0) collected.push({ field, values: [...values].sort(), sources })
  }
  return collected
}

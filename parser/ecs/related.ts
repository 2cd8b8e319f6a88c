// engine.md §6.4: related.* gathers the event's IPs, users and hosts.
import type { EcsEvent, Value } from '../types'
import { type FieldPath, fieldPath, isValueObject, ownsKey, valueAt } from './paths'
import { WritableFields } from './writable'

export type RelatedField = 'related.ip' | 'related.user' | 'related.hosts'

const RELATED_FIELDS: readonly RelatedField[] = ['related.ip', 'related.user', 'related.hosts']

interface RelatedSources {
  path: FieldPath
  sources: readonly FieldPath[]
  /** related.ip also gathers the NAT block of any top-level object (`source.nat.ip`, …). */
  nat: boolean
}

const related = (field: RelatedField, sources: string[], nat = false): RelatedSources => ({
  path: fieldPath(field),
  sources: sources.map(fieldPath),
  nat,
})

const RELATED: Readonly<Record<RelatedField, RelatedSources>> = {
  'related.ip': related(
    'related.ip',
    ['source.ip', 'destination.ip', 'client.ip', 'server.ip', 'host.ip', 'observer.ip'],
    true,
  ),
  'related.user': related('related.user', [
    'user.name',
    'source.user.name',
    'destination.user.name',
    'client.user.name',
    'server.user.name',
    'user.target.name',
  ]),
  // Not host.name (seed VARIOUS_DEVICE_OUTCOME_REASON: host.name "fdm" is absent from related) and not url.domain.
  'related.hosts': related('related.hosts', [
    'source.domain',
    'destination.domain',
    'client.domain',
    'server.domain',
    'host.hostname',
    'observer.hostname',
    'dns.question.name',
  ]),
}

/** Where a related.* field is written. */
export const relatedPath = (field: RelatedField): FieldPath => RELATED[field].path

export interface RelatedValues {
  field: RelatedField
  /** Deduplicated and sorted, the parser's own related values included. */
  values: string[]
  /** The fields that contributed at least one value. */
  sources: string[]
}

/** Adds the strings of `value` to `values`; whether it held any. */
function addStrings(values: Set<string>, value: Value | undefined): boolean {
  if (typeof value === 'string') {
    values.add(value)
    return true
  }
  if (!Array.isArray(value)) return false
  let found = false
  for (const item of value) {
    if (typeof item !== 'string') continue
    values.add(item)
    found = true
  }
  return found
}

function addNatIps(event: EcsEvent, values: Set<string>, sources: string[]): void {
  for (const key in event) {
    if (!ownsKey(event, key)) continue
    const block = event[key]
    const nat = isValueObject(block) && Object.hasOwn(block, 'nat') ? block.nat : undefined
    const ip = isValueObject(nat) && Object.hasOwn(nat, 'ip') ? nat.ip : undefined
    if (addStrings(values, ip)) sources.push(`${key}.nat.ip`)
  }
}

/** What one related.* field reads in the events of a parser. */
interface RelatedPlan {
  field: RelatedField
  /** The field itself, when the parser can set it: its own values are kept. */
  own: FieldPath | null
  sources: readonly FieldPath[]
  nat: boolean
}

function plan(writable: WritableFields): RelatedPlan[] {
  const plans: RelatedPlan[] = []
  for (const field of RELATED_FIELDS) {
    const { path, sources, nat } = RELATED[field]
    const relatedPlan: RelatedPlan = {
      field,
      own: writable.mayHold(path.name) ? path : null,
      sources: sources.filter((source) => writable.mayHold(source.name)),
      nat: nat && writable.mayHoldUnderAnyKey('nat.ip'),
    }
    if (relatedPlan.own || relatedPlan.sources.length > 0 || relatedPlan.nat)
      plans.push(relatedPlan)
  }
  return plans
}

function collect(event: EcsEvent, plans: readonly RelatedPlan[]): RelatedValues[] {
  const collected: RelatedValues[] = []
  for (const { field, own, sources, nat } of plans) {
    const values = new Set<string>()
    if (own) addStrings(values, valueAt(event, own.keys))
    const found: string[] = []
    for (const source of sources) {
      if (addStrings(values, valueAt(event, source.keys))) found.push(source.name)
    }
    if (nat) addNatIps(event, values, found)
    if (values.size > 0) collected.push({ field, values: [...values].sort(), sources: found })
  }
  return collected
}

/** For each related.* field with at least one value, what it should hold and where that came from. */
export type RelatedCollector = (event: EcsEvent) => RelatedValues[]

/** The collector for the events of a parser that writes `writable`; null when it can never find anything. */
export function relatedCollector(writable: WritableFields): RelatedCollector | null {
  const plans = plan(writable)
  return plans.length === 0 ? null : (event) => collect(event, plans)
}

const EVERY_SOURCE = plan(WritableFields.anything())

/** collectRelated for an event of any origin. */
export const collectRelated: RelatedCollector = (event) => collect(event, EVERY_SOURCE)

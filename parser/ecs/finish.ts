// engine.md §6 in order, switched by the §7 era: what the platform adds to an event after casting.
import type { EcsEvent, PlatformProfile, Value } from '../types'
import type { FieldTypes } from './fieldTypes'
import { cloneEvent, deleteAt, type FieldPath, fieldPath, valueAt, writeAt } from './paths'
import { ERAS, type EraBehaviour } from './profile'
import { type RelatedCollector, relatedCollector, relatedPath } from './related'
import { castScalar } from './scalar'
import { domainParts, splitUrl, urlFromCommandLine } from './url'
import { parseUserAgent } from './userAgent'
import { WritableFields } from './writable'

export interface FinishOptions {
  platform: PlatformProfile
  types: FieldTypes
  /** What the parser can write, when known: post-processing then skips what cannot be there. */
  writable?: WritableFields
}

/** Post-processing compiled for one parser: §6 on a cast event the caller owns, in place; returns what it derived. */
export type Finisher = (event: EcsEvent) => DerivedFields

/** Each field post-processing created or changed → the dotted fields its value came from. */
export type DerivedFields = Record<string, readonly string[]>

const OUTCOME = fieldPath('event.outcome')
const ACTION_OUTCOME = fieldPath('action.outcome')
const FROM_ACTION_OUTCOME = [ACTION_OUTCOME.name]
/** Domain names the platform splits by the public suffix list, and where the parts go. */
const DOMAIN_SPLITS = [
  ['dns.question.name', 'dns.question'],
  ['source.domain', 'source'],
  ['destination.domain', 'destination'],
  ['client.domain', 'client'],
  ['server.domain', 'server'],
].map(([name = '', prefix = '']) => ({ name: fieldPath(name), from: [name], prefix }))
const USER_AGENT = fieldPath('user_agent.original')
const FROM_USER_AGENT = [USER_AGENT.name]
const AGENT_NAME = fieldPath('user_agent.name')
const AGENT_VERSION = fieldPath('user_agent.version')
const AGENT_OS_NAME = fieldPath('user_agent.os.name')
const AGENT_OS_VERSION = fieldPath('user_agent.os.version')
const AGENT_DEVICE = fieldPath('user_agent.device.name')
const URL_ORIGINAL = fieldPath('url.original')
const FROM_URL = [URL_ORIGINAL.name]
const URL_FULL = fieldPath('url.full')
const COMMAND_LINE = fieldPath('process.command_line')
const FROM_COMMAND_LINE = [COMMAND_LINE.name]

interface AddressOrigins {
  address: FieldPath
  origins: readonly { path: FieldPath; from: readonly string[] }[]
}

/** X.address for each X, from the first of X.domain, X.ip that is set. */
const ADDRESSES: readonly AddressOrigins[] = ['source', 'destination', 'client'].map((prefix) => ({
  address: fieldPath(`${prefix}.address`),
  origins: [fieldPath(`${prefix}.domain`), fieldPath(`${prefix}.ip`)].map((origin) => ({
    path: origin,
    from: [origin.name],
  })),
}))

/**
 * Writes a field post-processing computed, typed like any other value of that field. Derived values never
 * replace what the parser set (related.* excepted: those merge), so a parser can always override them.
 */
class DerivedWriter {
  readonly derived: DerivedFields = {}
  constructor(
    readonly event: EcsEvent,
    private readonly types: FieldTypes,
  ) {}

  fill(field: FieldPath, value: Value, from: readonly string[]): void {
    if (valueAt(this.event, field.keys) !== undefined) return
    this.write(field, value, from)
  }

  write(field: FieldPath, value: Value, from: readonly string[]): void {
    const type = this.types.typeOf(field.name)
    let typed: Value = value
    if (type !== undefined) {
      const values = Array.isArray(value) ? value : [value]
      const kept: Value[] = []
      for (const item of values) {
        const cast = castScalar(item, type)
        if (cast.ok) kept.push(cast.value)
      }
      if (kept.length === 0) return
      typed = Array.isArray(value) ? kept : (kept[0] ?? value)
    }
    writeAt(this.event, field.keys, typed)
    this.derived[field.name] = from
  }
}

function stringAt(event: EcsEvent, field: FieldPath): string | undefined {
  const value = valueAt(event, field.keys)
  return typeof value === 'string' && value !== '' ? value : undefined
}

function removeOutcome(writer: DerivedWriter): void {
  deleteAt(writer.event, OUTCOME.keys)
}

// Not in engine.md: real formats' samples (Netfilter, Apache) show event.outcome copied from
// action.outcome when the parser set none, whatever the era.
function outcomeFromAction(writer: DerivedWriter): void {
  const outcome = stringAt(writer.event, ACTION_OUTCOME)
  if (outcome !== undefined) writer.fill(OUTCOME, outcome, FROM_ACTION_OUTCOME)
}

// Not in engine.md: real samples show dns.question.name (Unbound) and destination.domain (Apache)
// split by the public suffix list, as url.domain is; ECS gives the other *.domain the same parts.
function addDomainParts(writer: DerivedWriter, splits: typeof DOMAIN_SPLITS): void {
  for (const { name, from, prefix } of splits) {
    const domain = stringAt(writer.event, name)
    if (domain === undefined) continue
    for (const [key, value] of Object.entries(domainParts(domain))) {
      if (value !== undefined) writer.fill(fieldPath(`${prefix}.${key}`), value, from)
    }
  }
}

function addUserAgent(writer: DerivedWriter): void {
  const original = stringAt(writer.event, USER_AGENT)
  if (original === undefined) return
  const agent = parseUserAgent(original)
  writer.fill(AGENT_NAME, agent.name, FROM_USER_AGENT)
  if (agent.version !== undefined) writer.fill(AGENT_VERSION, agent.version, FROM_USER_AGENT)
  writer.fill(AGENT_OS_NAME, agent.os.name, FROM_USER_AGENT)
  if (agent.os.version !== undefined)
    writer.fill(AGENT_OS_VERSION, agent.os.version, FROM_USER_AGENT)
  writer.fill(AGENT_DEVICE, agent.device.name, FROM_USER_AGENT)
}

function addAddresses(writer: DerivedWriter, addresses: readonly AddressOrigins[]): void {
  for (const { address, origins } of addresses) {
    for (const { path, from } of origins) {
      const value = stringAt(writer.event, path)
      if (value === undefined) continue
      writer.fill(address, value, from)
      break
    }
  }
}

function addRelated(writer: DerivedWriter, collect: RelatedCollector): void {
  for (const { field, values, sources } of collect(writer.event)) {
    const path = relatedPath(field)
    if (sources.length > 0) writer.write(path, values, sources)
    else writeAt(writer.event, path.keys, values)
  }
}

function addUrl(writer: DerivedWriter, era: EraBehaviour): void {
  if (era.urlFromCommandLine && valueAt(writer.event, URL_ORIGINAL.keys) === undefined) {
    const commandLine = stringAt(writer.event, COMMAND_LINE)
    const url = commandLine === undefined ? undefined : urlFromCommandLine(commandLine)
    if (url !== undefined) writer.fill(URL_ORIGINAL, url, FROM_COMMAND_LINE)
  }
  const original = stringAt(writer.event, URL_ORIGINAL)
  if (!era.splitsUrl || original === undefined) return
  const parts = splitUrl(original)
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined) writer.fill(fieldPath(`url.${key}`), value, FROM_URL)
  }
  if (era.writesUrlFull && parts.scheme !== undefined) writer.fill(URL_FULL, original, FROM_URL)
}

/**
 * §6 for one parser, in order: outcome (era, then from action.outcome), user agent, addresses,
 * related.*, URL (era), domain names' public-suffix parts (era). Each
 * step is planned once, without what reads fields the parser can never write.
 */
export function compileFinish(options: FinishOptions): Finisher {
  const writable = options.writable ?? WritableFields.anything()
  const era = ERAS[options.platform]
  const steps: ((writer: DerivedWriter) => void)[] = []
  if (era.removesOutcome && writable.mayHold(OUTCOME.name)) steps.push(removeOutcome)
  if (writable.mayHold(ACTION_OUTCOME.name)) steps.push(outcomeFromAction)
  if (writable.mayHold(USER_AGENT.name)) steps.push(addUserAgent)
  const addresses = ADDRESSES.map(({ address, origins }) => ({
    address,
    origins: origins.filter(({ path }) => writable.mayHold(path.name)),
  })).filter(({ origins }) => origins.length > 0)
  if (addresses.length > 0) steps.push((writer) => addAddresses(writer, addresses))
  const related = relatedCollector(writable)
  if (related) steps.push((writer) => addRelated(writer, related))
  const urlFromCommandLine = era.urlFromCommandLine && writable.mayHold(COMMAND_LINE.name)
  if (urlFromCommandLine || (era.splitsUrl && writable.mayHold(URL_ORIGINAL.name)))
    steps.push((writer) => addUrl(writer, era))
  const domains = DOMAIN_SPLITS.filter(({ name }) => writable.mayHold(name.name))
  if (era.splitsUrl && domains.length > 0) steps.push((writer) => addDomainParts(writer, domains))
  return (event) => {
    const writer = new DerivedWriter(event, options.types)
    for (const step of steps) step(writer)
    return writer.derived
  }
}

/** §6 on a copy of a cast event, of any origin. */
export function finishEvent(
  event: EcsEvent,
  options: FinishOptions,
): { event: EcsEvent; derived: DerivedFields } {
  const copy = cloneEvent(event)
  return { event: copy, derived: compileFinish(options)(copy) }
}

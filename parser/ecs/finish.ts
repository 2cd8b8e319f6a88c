// engine.md §6 in order, switched by the §7 era: what the platform adds to an event after casting.
import type { EcsEvent, PlatformProfile, Value } from '../types'
import { castScalar } from './cast'
import type { FieldTypes } from './fieldTypes'
import { cloneEvent, deletePath, getPath, setPath } from './paths'
import { ERAS } from './profile'
import { collectRelated } from './related'
import { splitUrl, urlFromCommandLine } from './url'
import { parseUserAgent } from './userAgent'

export interface FinishOptions {
  platform: PlatformProfile
  types: FieldTypes
}

/** Each field post-processing created or changed → the dotted fields its value came from. */
export type DerivedFields = Record<string, string[]>

const ADDRESS_PREFIXES = ['source', 'destination', 'client'] as const

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

  fill(field: string, value: Value, from: string[]): void {
    if (getPath(this.event, field) !== undefined) return
    this.write(field, value, from)
  }

  write(field: string, value: Value, from: string[]): void {
    const type = this.types.typeOf(field)
    let typed: Value = value
    if (type !== undefined) {
      const values = Array.isArray(value) ? value : [value]
      const cast = values.map((item) => castScalar(item, type))
      const kept = cast.flatMap((result) => (result.ok ? [result.value] : []))
      if (kept.length === 0) return
      typed = Array.isArray(value) ? kept : (kept[0] ?? value)
    }
    setPath(this.event, field, typed)
    this.derived[field] = from
  }
}

function stringAt(event: EcsEvent, field: string): string | undefined {
  const value = getPath(event, field)
  return typeof value === 'string' && value !== '' ? value : undefined
}

function addUserAgent(writer: DerivedWriter): void {
  const original = stringAt(writer.event, 'user_agent.original')
  if (original === undefined) return
  const agent = parseUserAgent(original)
  const from = ['user_agent.original']
  writer.fill('user_agent.name', agent.name, from)
  if (agent.version !== undefined) writer.fill('user_agent.version', agent.version, from)
  writer.fill('user_agent.os.name', agent.os.name, from)
  if (agent.os.version !== undefined) writer.fill('user_agent.os.version', agent.os.version, from)
  writer.fill('user_agent.device.name', agent.device.name, from)
}

function addAddresses(writer: DerivedWriter): void {
  for (const prefix of ADDRESS_PREFIXES) {
    for (const origin of [`${prefix}.domain`, `${prefix}.ip`]) {
      const value = stringAt(writer.event, origin)
      if (value === undefined) continue
      writer.fill(`${prefix}.address`, value, [origin])
      break
    }
  }
}

function addRelated(writer: DerivedWriter): void {
  for (const { field, values, sources } of collectRelated(writer.event)) {
    if (sources.length > 0) writer.write(field, values, sources)
    else setPath(writer.event, field, values)
  }
}

function addUrl(writer: DerivedWriter, platform: PlatformProfile): void {
  const era = ERAS[platform]
  if (era.urlFromCommandLine && getPath(writer.event, 'url.original') === undefined) {
    const commandLine = stringAt(writer.event, 'process.command_line')
    const url = commandLine === undefined ? undefined : urlFromCommandLine(commandLine)
    if (url !== undefined) writer.fill('url.original', url, ['process.command_line'])
  }
  const original = stringAt(writer.event, 'url.original')
  if (!era.splitsUrl || original === undefined) return
  const from = ['url.original']
  const parts = splitUrl(original)
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined) writer.fill(`url.${key}`, value, from)
  }
  if (era.writesUrlFull && parts.scheme !== undefined) writer.fill('url.full', original, from)
}

/** §6 on a copy of a cast event: outcome (era), user agent, addresses, related.*, URL (era). */
export function finishEvent(
  event: EcsEvent,
  options: FinishOptions,
): { event: EcsEvent; derived: DerivedFields } {
  const writer = new DerivedWriter(cloneEvent(event), options.types)
  if (ERAS[options.platform].removesOutcome) deletePath(writer.event, 'event.outcome')
  addUserAgent(writer)
  addAddresses(writer)
  addRelated(writer)
  addUrl(writer, options.platform)
  return { event: writer.event, derived: writer.derived }
}

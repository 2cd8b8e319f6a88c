// Round trip over the 34 seed samples: the event a parser renders (every value a string, derived fields
// absent) must come out of casting and "2023" finishing as the platform's expected event.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { EcsEvent, Value } from '../types'
import { castEvent } from './cast'
import { compareEvents } from './compare'
import { fieldTypes } from './fieldTypes'
import { finishEvent } from './finish'
import { deletePath, getPath, leafPaths, setPath } from './paths'
import { renderedToValue } from './rendered'

const formatDir = new URL('../formats/vmware-esxi/', import.meta.url)
const testsDir = new URL('tests/', formatDir)
const formatFields: Record<string, { type: string; description?: string }> = parseYaml(
  readFileSync(new URL('_meta/fields.yml', formatDir), 'utf8'),
)
const types = fieldTypes(formatFields)

/** Fields the platform derives (§6); a parser never sets them in the seed. */
const DERIVED = [
  'related',
  'source.address',
  'destination.address',
  'client.address',
  'user_agent.name',
  'user_agent.version',
  'user_agent.os',
  'user_agent.device',
]

/** What a `set` template renders for an expected value: text, and lists as Jinja2 prints them. */
function rendered(value: Value): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return `[${value.map((item) => `'${String(item)}'`).join(', ')}]`
  return String(value)
}

function asParserOutput(expected: EcsEvent): EcsEvent {
  const event: EcsEvent = {}
  for (const field of leafPaths(expected)) {
    const value = getPath(expected, field)
    if (value === undefined) continue
    const written = renderedToValue(rendered(value))
    if (written !== undefined) setPath(event, field, written)
  }
  for (const field of DERIVED) deletePath(event, field)
  return event
}

const samples = readdirSync(testsDir).filter((name) => name.endsWith('.json'))

describe('seed samples survive casting and "2023" finishing', () => {
  it('finds all 34 seed samples', () => {
    expect(samples).toHaveLength(34)
  })

  it.each(samples)('%s', (name) => {
    const { expected }: { expected: EcsEvent } = JSON.parse(
      readFileSync(new URL(name, testsDir), 'utf8'),
    )
    const cast = castEvent(asParserOutput(expected), types)
    expect(cast.dropped).toEqual([])
    const { event } = finishEvent(cast.event, { platform: '2023', types })
    const comparison = compareEvents(expected, event)
    expect(comparison.actual).toEqual(comparison.expected)
    expect(comparison.equal).toBe(true)
  })
})

import { isMap } from 'yaml'
import { type Diagnostic, PLATFORM_PROFILES, type Value } from '../types'
import { isRecord, readJson } from './json-text'
import { diagnosticAt } from './position'
import type {
  FormatField,
  SmartDescription,
  SmartDescriptionCondition,
  SmartDescriptionRelationship,
} from './types'
import { readYaml, spanOf } from './yaml-source'
import { asNode, keyOf, yamlValue } from './yaml-value'

export interface Manifest {
  uuid: string
  name: string
  slug: string
  /** The platform era the format's samples were written for (`sekoiaio_platform`), if stated. */
  platform: string | null
}

const text = (value: Value | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

export function readManifest(
  file: string,
  source: string,
): { manifest: Manifest; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = readYaml(file, source)
  const value = yaml.root ? yamlValue(yaml.root) : undefined
  const fields = isRecord(value) ? value : {}
  if (yaml.root && !isRecord(value)) {
    diagnostics.push(diagnosticAt(yaml, 0, 1, 'schema', 'the manifest must be a mapping'))
  }
  const platform = fields.sekoiaio_platform
  if (platform !== undefined && !PLATFORM_PROFILES.some((profile) => profile === text(platform))) {
    const at = source.indexOf('sekoiaio_platform')
    const message = `sekoiaio_platform must be one of ${PLATFORM_PROFILES.join(', ')}`
    diagnostics.push(diagnosticAt(yaml, at, at + 17, 'schema', message, 'warning'))
  }
  return {
    manifest: {
      uuid: text(fields.uuid),
      name: text(fields.name),
      slug: text(fields.slug),
      platform:
        typeof platform === 'string' || typeof platform === 'number' ? String(platform) : null,
    },
    diagnostics,
  }
}

/** `_meta/fields.yml`: field name → {name, type, description}; the key names the field. */
export function readFields(
  file: string,
  source: string,
): { fields: Record<string, FormatField>; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = readYaml(file, source)
  const fields: Record<string, FormatField> = {}
  if (!yaml.root) return { fields, diagnostics }
  if (!isMap(yaml.root)) {
    diagnostics.push(
      diagnosticAt(yaml, 0, 1, 'schema', 'fields.yml maps field names to definitions'),
    )
    return { fields, diagnostics }
  }
  for (const pair of yaml.root.items) {
    const name = keyOf(pair)
    const definition = yamlValue(pair.value)
    if (name !== null && isRecord(definition) && typeof definition.type === 'string') {
      const description = definition.description
      fields[name] =
        typeof description === 'string'
          ? { type: definition.type, description }
          : { type: definition.type }
    } else {
      const at = spanOf(asNode(pair.key))
      diagnostics.push(
        diagnosticAt(yaml, at.start, at.end, 'schema', `field '${name ?? '?'}' needs a type`),
      )
    }
  }
  return { fields, diagnostics }
}

function condition(value: Value): SmartDescriptionCondition | null {
  if (!isRecord(value) || typeof value.field !== 'string') return null
  return 'value' in value && value.value !== undefined
    ? { field: value.field, value: value.value }
    : { field: value.field }
}

function relationship(value: Value): SmartDescriptionRelationship | null {
  if (!isRecord(value)) return null
  const { source, target, type } = value
  return typeof source === 'string' && typeof target === 'string' && typeof type === 'string'
    ? { source, target, type }
    : null
}

function description(value: Value): SmartDescription | null {
  if (!isRecord(value) || typeof value.value !== 'string') return null
  const conditions = Array.isArray(value.conditions) ? value.conditions.map(condition) : []
  const relationships = Array.isArray(value.relationships)
    ? value.relationships.map(relationship)
    : []
  if (conditions.includes(null) || relationships.includes(null)) return null
  return {
    value: value.value,
    conditions: conditions.filter((item) => item !== null),
    relationships: relationships.filter((item) => item !== null),
  }
}

export function readSmartDescriptions(
  file: string,
  source: string,
): { descriptions: SmartDescription[]; diagnostics: Diagnostic[] } {
  const read = readJson(file, source)
  if (!read.ok) return { descriptions: [], diagnostics: [read.diagnostic] }
  const items = Array.isArray(read.value) ? read.value.map(description) : [null]
  if (items.includes(null)) {
    const message =
      'smart descriptions are a list of {value, conditions: [{field, value?}], relationships}'
    return { descriptions: [], diagnostics: [diagnosticAt(read.source, 0, 1, 'schema', message)] }
  }
  return { descriptions: items.filter((item) => item !== null), diagnostics: [] }
}

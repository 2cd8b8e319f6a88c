import type { Diagnostic } from '../types'
import { readDefinition } from './definition'
import { readFields, readManifest, readSmartDescriptions } from './meta'
import { diagnosticAt, sourceFile } from './position'
import { readSample, sampleFiles } from './samples'
import { readScenarios } from './scenarios'
import type { Format, FormatFiles, Sample } from './types'

export const PARSER_FILE = 'ingest/parser.yml'
export const MANIFEST_FILE = '_meta/manifest.yml'
const FIELDS_FILE = '_meta/fields.yml'
const SMART_DESCRIPTIONS_FILE = '_meta/smart-descriptions.json'
const SCENARIOS_FILE = '_meta/scenarios.yml'

function missing(file: string, severity: Diagnostic['severity']): Diagnostic {
  return diagnosticAt(sourceFile(file, ''), 0, 0, 'schema', `missing ${file}`, severity)
}

/**
 * A format folder's files as a Format. Never throws: every problem, in any file, is a diagnostic
 * (parser.yml's YAML and schema problems included; compiling it reports the rest).
 */
export function loadFormat(files: FormatFiles): Format {
  const diagnostics: Diagnostic[] = []
  const manifestText = files[MANIFEST_FILE]
  const manifest = manifestText === undefined ? null : readManifest(MANIFEST_FILE, manifestText)
  if (manifest) diagnostics.push(...manifest.diagnostics)
  else diagnostics.push(missing(MANIFEST_FILE, 'warning'))

  const fieldsText = files[FIELDS_FILE]
  const fields = fieldsText === undefined ? null : readFields(FIELDS_FILE, fieldsText)
  if (fields) diagnostics.push(...fields.diagnostics)

  const descriptionsText = files[SMART_DESCRIPTIONS_FILE]
  const descriptions =
    descriptionsText === undefined
      ? null
      : readSmartDescriptions(SMART_DESCRIPTIONS_FILE, descriptionsText)
  if (descriptions) diagnostics.push(...descriptions.diagnostics)

  const scenariosText = files[SCENARIOS_FILE]
  const scenarios =
    scenariosText === undefined ? null : readScenarios(SCENARIOS_FILE, scenariosText)
  if (scenarios) diagnostics.push(...scenarios.diagnostics)

  const parserText = files[PARSER_FILE]
  if (parserText === undefined) diagnostics.push(missing(PARSER_FILE, 'error'))
  else diagnostics.push(...readDefinition(PARSER_FILE, parserText).diagnostics)

  const samples: Sample[] = []
  for (const file of sampleFiles(Object.keys(files))) {
    const read = readSample(file, files[file] ?? '')
    if (read.sample) samples.push(read.sample)
    diagnostics.push(...read.diagnostics)
  }

  return {
    slug: manifest?.manifest.slug ?? '',
    name: manifest?.manifest.name ?? '',
    uuid: manifest?.manifest.uuid ?? '',
    files,
    fields: fields?.fields ?? {},
    samples,
    smartDescriptions: descriptions?.descriptions ?? [],
    scenarios: scenarios?.scenarios ?? [],
    diagnostics,
  }
}

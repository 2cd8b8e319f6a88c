import type { Diagnostic, EcsEvent, Value } from '../types'

/** A format folder as text: path inside the folder ('ingest/parser.yml', 'tests/X.json', …) → content. */
export type FormatFiles = Record<string, string>

/** One `tests/*.json` file: the input event and the event the platform is expected to produce. */
export interface Sample {
  /** The file name without `.json`. */
  name: string
  /** The path inside the format folder, e.g. 'tests/AUTH_CONNECTION_event.json'. */
  file: string
  message: string
  input: Record<string, Value>
  expected: EcsEvent
  text: string
}

/** A field of the format's own `_meta/fields.yml` (outside ECS). */
export interface FormatField {
  type: string
  description?: string
}

export interface SmartDescriptionCondition {
  field: string
  /** Absent: the field must exist. Present: equality, or membership for arrays. */
  value?: Value
}

export interface SmartDescriptionRelationship {
  source: string
  target: string
  type: string
}

/** A human sentence for an event shape (`_meta/smart-descriptions.json`). */
export interface SmartDescription {
  value: string
  conditions: SmartDescriptionCondition[]
  relationships: SmartDescriptionRelationship[]
}

/** A SOC note on one event shape of the format (`_meta/scenarios.yml`). */
export interface Scenario {
  /** Stable identifier, e.g. 'ssh-session-opened'. */
  id: string
  title: string
  /** The top-level grok rules whose events it explains. */
  rules: string[]
  /** Names of the format's samples that show it. */
  samples: string[]
  /** An extra test on the event, for a rule that produces more than one shape (opened / closed). */
  when?: { field: string; value: string }
  meaning: string
  why: string
  next: string[]
  attack?: { id: string; name: string }
}

export interface Format {
  slug: string
  name: string
  uuid: string
  files: FormatFiles
  fields: Record<string, FormatField>
  samples: Sample[]
  smartDescriptions: SmartDescription[]
  scenarios: Scenario[]
  diagnostics: Diagnostic[]
}

/** A span of a YAML text: the offsets a diagnostic points at. */
export interface Span {
  start: number
  end: number
}

/** A string written in parser.yml, with the means to find any of its characters in the file. */
export interface TextAt {
  value: string
  span: Span
  /** The file offset of an offset inside `value`. */
  sourceOffset(valueOffset: number): number
}

/** A `set` value: a string (template or constant text) or any other YAML value used as given. */
export type SetValue = { kind: 'text'; text: TextAt } | { kind: 'constant'; value: Value }

export interface SetField {
  field: TextAt
  value: SetValue
}

interface ActionBase {
  /** Position of the action in its stage (0-based), as the trace reports it. */
  index: number
  span: Span
  filter: TextAt | null
}

export interface SetAction extends ActionBase {
  kind: 'set'
  fields: SetField[]
}

export interface DeleteAction extends ActionBase {
  kind: 'delete'
  fields: string[]
}

export interface TranslateAction extends ActionBase {
  kind: 'translate'
  dictionary: Record<string, Value>
  /** Source path in the layers → target field of the event. */
  mapping: { source: string; target: string }[]
  fallback: Value | undefined
}

export type ActionDefinition = SetAction | DeleteAction | TranslateAction

export interface StageDefinition {
  name: TextAt
  actions: ActionDefinition[]
}

export interface GrokCustomPattern {
  key: TextAt
  pattern: TextAt
}

export interface GrokStepDefinition {
  kind: 'grok'
  name: TextAt
  filter: TextAt | null
  inputField: string
  outputField: string
  pattern: TextAt
  customPatterns: Record<string, GrokCustomPattern>
}

export interface StageStepDefinition {
  kind: 'stage'
  name: TextAt
  filter: TextAt | null
}

export type StepDefinition = GrokStepDefinition | StageStepDefinition

/** parser.yml, read and checked against the dialect's schema, every string still located. */
export interface ParserDefinition {
  file: string
  name: string | null
  /** `ignored_values`: renderings a set never writes (real formats list "-" and ""). */
  ignoredValues: string[]
  pipeline: StepDefinition[]
  stages: Record<string, StageDefinition>
}

// The domain vocabulary shared by the engine, the CLI and the app. Nothing here is React- or DOM-aware.
import type { FramedHeader, FramingKind } from './framing'

/** A value as templates, layers and events see it: the JSON subset of Python values. `undefined` means "missing". */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

/** An ECS event as the platform would index it (nested objects, dotted paths expanded). */
export type EcsEvent = { [key: string]: Value }

/** One named grok group that took part in a match: its text and where it stands in the input (UTF-16 offsets). */
export interface Capture {
  field: string
  value: string
  start: number
  end: number
}

/** The platform's behaviour changed over time; a parser's samples match the platform of their day (engine.md §7). */
export type PlatformProfile = '2023' | '2024' | '2025' | '2026'
export const PLATFORM_PROFILES: readonly PlatformProfile[] = ['2023', '2024', '2025', '2026']
export const CURRENT_PLATFORM: PlatformProfile = '2026'

export type DiagnosticCode =
  | 'yaml'
  | 'json'
  | 'schema'
  | 'unknown-stage'
  | 'grok-unknown-pattern'
  | 'grok-cycle'
  | 'grok-syntax'
  | 'grok-unsupported'
  | 'template-syntax'
  | 'test-file'

/** A problem in a format folder, located in the file the user edits (1-based line and column). */
export interface Diagnostic {
  severity: 'error' | 'warning'
  code: DiagnosticCode
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/** What one pipeline step did for one line. */
export interface StepTrace {
  name: string
  kind: 'external' | 'stage' | 'framing'
  status: 'ran' | 'filtered' | 'error'
  error?: string
}

/** A field an action wrote, or tried to write and left alone (empty, None, failed cast, render error). */
export interface FieldWrite {
  field: string
  value: Value
}
export interface FieldSkip {
  field: string
  reason: string
}

/** What one stage action did for one line. */
export interface ActionTrace {
  stage: string
  index: number
  kind: 'set' | 'delete' | 'translate'
  status: 'ran' | 'filtered' | 'error'
  writes: FieldWrite[]
  skipped: FieldSkip[]
  error?: string
}

/** Which header the raw line carried, where it stands, and why a line that looked framed was left bare. */
export interface FramingTrace {
  kind: FramingKind
  header: FramedHeader
  diagnostic?: string
}

export interface Trace {
  /** The top-level grok alternative that matched the raw line, null when none did. */
  rule: string | null
  /** Named groups that took part in the match of the raw line. */
  captures: Capture[]
  steps: StepTrace[]
  actions: ActionTrace[]
  /** For each dotted ECS field of the event, the captures its value was computed from. */
  fieldSources: Record<string, Capture[]>
  /** The framing step's finding; capture offsets above are in the raw line, header included. */
  framing?: FramingTrace
}

export interface ParseResult {
  event: EcsEvent
  trace: Trace
}

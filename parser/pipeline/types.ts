import type { FieldNode, FieldPath, FieldTypes, Finisher } from '../ecs'
import type { CompiledGrok } from '../grok'
import type { Template } from '../template'
import type { EcsEvent, ParseResult, PlatformProfile, Value } from '../types'

/** A top-level grok alternative and where its definition stands in parser.yml, for the UI. */
export interface RuleInfo {
  name: string
  source: string
  file: string
  line: number
  column: number
}

/** A sample run through a compiled parser; `expected` and `actual` as compared (what a diff shows). */
export interface SampleResult {
  name: string
  pass: boolean
  result: ParseResult
  expected: EcsEvent
  actual: EcsEvent
}

/** A string of parser.yml ready to render: a template, or the text it always renders to. */
export type CompiledText =
  | { kind: 'template'; template: Template }
  | { kind: 'constant'; rendered: string }

/**
 * Where a template's reference leads, resolved once at compile time so the trace can name the
 * captures behind a field without looking at the template again:
 * - a grok step's output (`parsed_event.result.ip`; `capture` null for the whole result);
 * - a stage's layer (`set_fields.source.ip`), which carries the sources of what that stage set;
 * - the raw line (`original.message`).
 */
export type SourceReference =
  | { kind: 'grok'; step: string; capture: string | null }
  | { kind: 'layer'; path: string }
  | { kind: 'message' }

/**
 * A printed path (`{{ a.b.c }}`) as the object it reads in (`a.b`) and the key there (`c`). The
 * fields of one action that read in the same grok output share one `container` array: no action
 * writes a grok output, so a run reads that object once for all of them.
 */
export interface PrintedPath {
  container: readonly string[]
  key: string
}

/** The value of one field of a `set` action. `undefined` constants are never written, for `reason`. */
export type SetSource =
  | {
      kind: 'template'
      template: Template
      references: SourceReference[]
      /** The template's printed path (`{{ a.b.c }}`), read without rendering where it holds a string or None. */
      printed: PrintedPath | null
    }
  | { kind: 'constant'; value: Value | undefined; reason: string }

export interface CompiledSet {
  kind: 'set'
  stage: string
  index: number
  filter: CompiledText | null
  fields: { field: FieldNode; source: SetSource }[]
}

export interface CompiledDelete {
  kind: 'delete'
  stage: string
  index: number
  filter: CompiledText | null
  fields: FieldNode[]
}

export interface CompiledTranslate {
  kind: 'translate'
  stage: string
  index: number
  filter: CompiledText | null
  dictionary: ReadonlyMap<string, Value>
  mapping: { source: FieldPath; target: FieldNode; references: SourceReference[] }[]
  fallback: Value | undefined
}

export type CompiledAction = CompiledSet | CompiledDelete | CompiledTranslate

/**
 * Captures are offsets in a grok step's input; the UI highlights the raw line, so they count only
 * when the input is the raw line itself or one capture of an earlier grok step over it.
 */
export type InputOrigin =
  | { kind: 'line' }
  | { kind: 'capture'; step: string; capture: string }
  | { kind: 'elsewhere' }

export interface CompiledGrokStep {
  kind: 'grok'
  name: string
  filter: CompiledText | null
  /** `input_field`: the path read in the layers. */
  input: FieldPath
  /** Where the input stands in the raw line, which decides whether its captures can be highlighted. */
  inputOrigin: InputOrigin
  outputField: string
  grok: CompiledGrok
  /** The first grok step over `original.message`: its rule and captures are the trace's. */
  primary: boolean
}

export interface CompiledStageStep {
  kind: 'stage'
  name: string
  filter: CompiledText | null
  actions: CompiledAction[]
  /** Whether any template reads this stage's layer; when none does, the layer is not built. */
  layerRead: boolean
}

export type CompiledStep = CompiledGrokStep | CompiledStageStep

export interface CompiledParser {
  readonly rules: readonly RuleInfo[]
  readonly platform: PlatformProfile
  /** The rest is the engine's own business: callers only hand the parser back to `parse`. */
  readonly steps: readonly CompiledStep[]
  readonly types: FieldTypes
  /** The event's fields typed by `types`, for casting and naming the leaves of each event. */
  readonly fields: FieldNode
  /** The platform's post-processing, planned for what this parser can write. */
  readonly finish: Finisher
  /** Whether a template reads `final`, the event as built so far (a layer real formats use). */
  readonly readsFinal: boolean
  /** Renderings a set never writes: parser.yml's `ignored_values`. */
  readonly ignoredValues: ReadonlySet<string>
}

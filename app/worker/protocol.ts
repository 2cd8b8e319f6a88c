// The one vocabulary the page and the parser worker speak. Every request carries an id that its
// answer echoes, so the client can match answers to requests and drop the ones it no longer wants.
import type { Description, FormatFiles, RuleInfo, Scenario } from '../../parser/index'
import type { SampleDraft } from '../../parser/samples/index'
import type { Diagnostic, EcsEvent, ParseResult, PlatformProfile } from '../../parser/types'
import type { JsonSchema } from './expectedSchema'
import type {
  FileChunk,
  FileCount,
  FileRunEnd,
  FileRunRequest,
  ProbePoint,
} from './fileRunProtocol'
import type { DefinitionState } from './lastGood'

export type { DefinitionState } from './lastGood'

/** Where a format comes from: the one bundled with the app, or a folder the user opened. */
export type FormatSource =
  | { kind: 'builtin' }
  | { kind: 'folder'; name: string; files: FormatFiles }

/** What to load: a format, the user's edit of its parser.yml, and the platform era to emulate. */
export interface LoadRequest {
  /** The new revision is at least this, so a restarted worker never reuses one the page has seen. */
  minRev: number
  source: FormatSource
  /** The edited parser.yml, which overrides the source's; null keeps the source's. */
  definition: string | null
  /** null: the era the manifest states (`sekoiaio_platform`), else the current one. */
  platform: PlatformProfile | null
}

/** A sample of the format and whether the current parser reproduces its expected event. */
export interface SampleStatus {
  name: string
  message: string
  pass: boolean
}

/** What the page needs to know about the compiled format; `rev` changes whenever the parser does. */
export interface FormatSummary {
  rev: number
  name: string
  slug: string
  /** The manifest's uuid, which exported sample files carry as `dialect_uuid`. */
  uuid: string
  /** null when the format does not compile (its diagnostics say why). */
  rules: RuleInfo[] | null
  diagnostics: Diagnostic[]
  definition: { file: string; text: string }
  /** The source's own parser.yml, what "reset" returns to. */
  sourceDefinition: string
  /** Whether `definition` compiles; when it does not, `rules` and results may be the last good one's. */
  definitionState: DefinitionState
  /** The platform era the parser emulates, and the one the manifest states (null: none). */
  platform: PlatformProfile
  manifestPlatform: PlatformProfile | null
  /** The grok custom patterns of parser.yml, by name, so the Rule view can show what a rule expands to. */
  customPatterns: Record<string, string>
  samples: SampleStatus[]
}

/** One input line's outcome. `sample` names the sample whose message is exactly this line, if any. */
export interface LineResult {
  text: string
  result: ParseResult
  sample: string | null
  /** The format's smart description of the event, when one applies. */
  description: Description | null
  /** The scenario note of the matched rule, when the format has one. */
  scenario: Scenario | null
}

/** A line's event against a sample's expected one, both normalized for comparison (what a diff shows). */
export interface SampleCheck {
  sample: string
  text: string
  pass: boolean
  expected: EcsEvent
  actual: EcsEvent
}

/** A user sample's comparison, with the raw event its line gives now (what "accept actual" takes). */
export interface UserSampleCheck extends SampleCheck {
  event: EcsEvent
}

/**
 * The user's framing setting: whether headers are stripped, and the zone of stamps that carry none.
 * Results are only valid for the setting they were parsed with, so answers echo it.
 */
export interface FramingSetting {
  enabled: boolean
  timezone: string
}

/** What ECS or the format's fields.yml says about a field. */
export interface FieldDoc {
  type: string
  description: string
}

/** The names a template may apply after `|` (filters) and after `is` (tests). */
export interface TemplateNames {
  filters: string[]
  tests: string[]
}

/** For each kind of request: what the page sends and what the worker answers. */
export interface Exchanges {
  ping: { request: Record<string, never>; response: { version: string } }
  /** (Re)load a format with the user's definition and platform, compile it and run its samples. */
  load: { request: LoadRequest; response: FormatSummary }
  /**
   * Parse distinct lines; answered with the worker's `rev` and the framing used, so answers for an
   * older parser or setting can be dropped.
   */
  parse: {
    request: { rev: number; framing: FramingSetting; lines: string[] }
    response: { rev: number; framing: FramingSetting; results: LineResult[] }
  }
  check: {
    request: { rev: number; framing: FramingSetting; text: string; sample: string }
    response: { rev: number; framing: FramingSetting; check: SampleCheck | null }
  }
  /** Whether the parser reproduces each user-authored sample (they live in the page, not the format). */
  checkSamples: {
    request: { rev: number; framing: FramingSetting; samples: SampleDraft[] }
    response: { rev: number; framing: FramingSetting; results: UserSampleCheck[] }
  }
  fieldDocs: { request: { fields: string[] }; response: { docs: Record<string, FieldDoc> } }
  /** The schema the Expected editor validates against (ECS's fields and the format's); null before a load. */
  expectedSchema: { request: Record<string, never>; response: { schema: JsonSchema | null } }
  /** The base grok library by name, for the Parser tab's hover and completion of `%{NAME}`. */
  grokLibrary: { request: Record<string, never>; response: { patterns: Record<string, string> } }
  /** The template engine's filter and test names, for the Parser tab's completion in templates. */
  templateNames: { request: Record<string, never>; response: TemplateNames }
}

export type RequestType = keyof Exchanges
export type RequestBody<K extends RequestType> = Exchanges[K]['request']
export type ResponseBody<K extends RequestType> = Exchanges[K]['response']

export type WorkerRequest = {
  [K in RequestType]: { type: K; id: number; body: RequestBody<K> }
}[RequestType]

export type WorkerResponse =
  | { [K in RequestType]: { type: K; id: number; body: ResponseBody<K> } }[RequestType]
  | { type: 'failure'; id: number; message: string }

/**
 * Requests the worker answers over time, posting events before its answer (StreamedRequests in
 * fileRunRouter.ts handles them, not `answer`): a whole file's count and runs, their cancellation, and a parse
 * that reports where it is, asked for a line the watchdog killed a worker on.
 */
export interface StreamedExchanges {
  /** Counts a file's lines, marking where each block of `blockLines` lines starts. */
  fileCount: { request: { file: Blob; blockLines: number }; response: FileCount }
  fileRun: { request: FileRunRequest; response: FileRunEnd }
  /** Stops the runs in progress (one file at a time, a request per block). */
  cancelFileRun: { request: Record<string, never>; response: { cancelled: number } }
  probedParse: Exchanges['parse']
}

export type AnyExchanges = Exchanges & StreamedExchanges
export type AnyRequestType = keyof AnyExchanges
export type AnyRequestBody<K extends AnyRequestType> = AnyExchanges[K]['request']
export type AnyResponseBody<K extends AnyRequestType> = AnyExchanges[K]['response']
type StreamedType = keyof StreamedExchanges

export type StreamedRequest = {
  [K in StreamedType]: { type: K; id: number; body: StreamedExchanges[K]['request'] }
}[StreamedType]

/**
 * What the worker posts about a request before its answer; `id` is the request's. `started` comes
 * for every request, so that the page knows which one a stuck worker is on.
 */
export type WorkerEvent =
  | { type: 'started'; id: number; body: null }
  | { type: 'fileChunk'; id: number; body: FileChunk }
  | { type: 'probe'; id: number; body: ProbePoint }

/** Everything the page posts to the worker, and everything the worker posts back. */
export type PageMessage = WorkerRequest | StreamedRequest
export type WorkerMessage =
  | WorkerResponse
  | {
      [K in StreamedType]: { type: K; id: number; body: StreamedExchanges[K]['response'] }
    }[StreamedType]
  | WorkerEvent

import { EcsFlat } from '@elastic/ecs'
import { compareEvents, type FieldTypes, fieldTypes } from '../../parser/ecs/index'
import { MANIFEST_FILE, PARSER_FILE, readDefinition, readManifest } from '../../parser/format/index'
import { BASE_PATTERNS } from '../../parser/grok/index'
import {
  type CompiledParser,
  describe as describeEvent,
  type Format,
  type FormatFiles,
  type FramingOptions,
  loadFormat,
  parse,
  runSamples,
  type Sample,
  scenarioFor,
} from '../../parser/index'
import type { SampleDraft } from '../../parser/samples/index'
import { CURRENT_PLATFORM, PLATFORM_PROFILES, type PlatformProfile } from '../../parser/types'
import { expectedEventSchema, type JsonSchema } from './expectedSchema'
import { LastGoodCompiler } from './lastGood'
import type {
  FieldDoc,
  FormatSummary,
  FramingSetting,
  LineResult,
  SampleCheck,
  UserSampleCheck,
} from './protocol'

/** The setting as the parser takes it; year-less stamps are placed relative to the request's time. */
const framingOptions = (setting: FramingSetting): FramingOptions => ({
  enabled: setting.enabled,
  timezone: setting.timezone,
  now: new Date(),
})

function customPatterns(files: FormatFiles): Record<string, string> {
  const { definition } = readDefinition(PARSER_FILE, files[PARSER_FILE] ?? '')
  const patterns: Record<string, string> = {}
  for (const step of definition?.pipeline ?? []) {
    if (step.kind !== 'grok') continue
    for (const [name, custom] of Object.entries(step.customPatterns)) {
      patterns[name] = custom.pattern.value
    }
  }
  return patterns
}

interface Loaded {
  format: Format
  parser: CompiledParser | null
  types: FieldTypes
  samplesByName: Map<string, Sample>
  /** The first sample with each message: a line equal to it is that sample's input. */
  samplesByMessage: Map<string, Sample>
  /** Built on first request: ECS alone has some two thousand fields. */
  expectedSchema: JsonSchema | null
}

/**
 * The worker's state: the compiled format and its revision. Kept free of worker plumbing so that
 * it runs, and is tested, in Node on the real format folder.
 */
export interface LoadOptions {
  /** The new revision is at least this (see the `load` request). */
  minRev?: number
  /** Names the format: a last good parser is only reused for a definition of the same source. */
  source?: string
  /** The edited parser.yml, overriding the files'; null or absent keeps theirs. */
  definition?: string | null
  /** null: the manifest's era; absent: the session's default. */
  platform?: PlatformProfile | null
}

function manifestPlatform(files: FormatFiles): PlatformProfile | null {
  const text = files[MANIFEST_FILE]
  const stated = text === undefined ? null : readManifest(MANIFEST_FILE, text).manifest.platform
  return PLATFORM_PROFILES.find((profile) => profile === stated) ?? null
}

/**
 * The worker's state: the compiled format and its revision. Kept free of worker plumbing so that
 * it runs, and is tested, in Node on the real format folder.
 */
export class ParserSession {
  private rev = 0
  private loaded: Loaded | null = null
  private readonly platform: PlatformProfile | null
  private readonly compiler = new LastGoodCompiler()

  /** `platform`: the era of loads that name none; null means the one each manifest states. */
  constructor(platform: PlatformProfile | null = null) {
    this.platform = platform
  }

  load(sourceFiles: FormatFiles, options: LoadOptions = {}): FormatSummary {
    const { minRev = 1, source = 'builtin', definition = null } = options
    const platform = options.platform === undefined ? this.platform : options.platform
    const files = definition === null ? sourceFiles : { ...sourceFiles, [PARSER_FILE]: definition }
    const format = loadFormat(files)
    const original = sourceFiles[PARSER_FILE] ?? null
    const { parser, state, diagnostics } = this.compiler.compile(format, source, platform, original)
    this.rev = Math.max(this.rev + 1, minRev)
    const samplesByMessage = new Map<string, Sample>()
    for (const sample of format.samples) {
      if (!samplesByMessage.has(sample.message)) samplesByMessage.set(sample.message, sample)
    }
    this.loaded = {
      format,
      parser,
      types: fieldTypes(format.fields),
      samplesByName: new Map(format.samples.map((sample) => [sample.name, sample])),
      samplesByMessage,
      expectedSchema: null,
    }
    const outcomes = parser ? runSamples(parser, format.samples) : []
    const passed = new Map(outcomes.map((outcome) => [outcome.name, outcome.pass]))
    const stated = manifestPlatform(files)
    return {
      rev: this.rev,
      name: format.name,
      slug: format.slug,
      uuid: format.uuid,
      rules: parser ? [...parser.rules] : null,
      diagnostics: [...format.diagnostics, ...diagnostics],
      definition: { file: PARSER_FILE, text: files[PARSER_FILE] ?? '' },
      sourceDefinition: sourceFiles[PARSER_FILE] ?? '',
      definitionState: state,
      platform: parser?.platform ?? platform ?? stated ?? CURRENT_PLATFORM,
      manifestPlatform: stated,
      customPatterns: customPatterns(files),
      samples: format.samples.map((sample) => ({
        name: sample.name,
        message: sample.message,
        pass: passed.get(sample.name) ?? false,
      })),
    }
  }

  get revision(): number {
    return this.rev
  }

  parseLines(lines: readonly string[], framing: FramingSetting): LineResult[] {
    const loaded = this.loaded
    if (!loaded?.parser) return []
    const parser = loaded.parser
    const options = { framing: framingOptions(framing) }
    const { smartDescriptions, scenarios } = loaded.format
    return lines.map((text) => {
      const result = parse(parser, text, options)
      return {
        text,
        result,
        sample: loaded.samplesByMessage.get(text)?.name ?? null,
        description: describeEvent(smartDescriptions, result.event),
        scenario: scenarioFor(scenarios, result.trace.rule, result.event),
      }
    })
  }

  check(text: string, sampleName: string, framing: FramingSetting): SampleCheck | null {
    const sample = this.loaded?.samplesByName.get(sampleName)
    const parser = this.loaded?.parser
    if (!sample || !parser) return null
    const { event } = parse(parser, text, { framing: framingOptions(framing) })
    const comparison = compareEvents(sample.expected, event)
    return {
      sample: sampleName,
      text,
      pass: comparison.equal,
      expected: comparison.expected,
      actual: comparison.actual,
    }
  }

  checkSamples(samples: readonly SampleDraft[], framing: FramingSetting): UserSampleCheck[] {
    const parser = this.loaded?.parser
    if (!parser) return []
    const options = { framing: framingOptions(framing) }
    return samples.map((sample) => {
      const { event } = parse(parser, sample.message, options)
      const comparison = compareEvents(sample.expected, event)
      return {
        sample: sample.name,
        text: sample.message,
        pass: comparison.equal,
        expected: comparison.expected,
        actual: comparison.actual,
        event,
      }
    })
  }

  fieldDocs(fields: readonly string[]): Record<string, FieldDoc> {
    const docs: Record<string, FieldDoc> = {}
    const types = this.loaded?.types
    if (!types) return docs
    for (const field of fields) {
      const type = types.typeOf(field)
      if (type === undefined) continue
      docs[field] = { type, description: types.description(field) ?? '' }
    }
    return docs
  }

  expectedSchema(): JsonSchema | null {
    const loaded = this.loaded
    if (!loaded) return null
    loaded.expectedSchema ??= expectedEventSchema(EcsFlat, loaded.format.fields)
    return loaded.expectedSchema
  }

  /**
   * Parses line after line with the current parser (null when none compiles): a whole file's run.
   * `wrap` swaps in a parser built from it, e.g. one that reports each step it takes.
   */
  lineParser(
    framing: FramingSetting,
    wrap?: (parser: CompiledParser) => CompiledParser,
  ): ((text: string) => ReturnType<typeof parse>) | null {
    const parser = this.loaded?.parser
    if (!parser) return null
    const used = wrap ? wrap(parser) : parser
    // A file's rows and its export need events and rules only, not where each field came from.
    const options = { framing: framingOptions(framing), sources: false }
    return (text) => parse(used, text, options)
  }

  /** The base grok patterns every format's custom patterns extend (engine.md §3). */
  grokLibrary(): Record<string, string> {
    return { ...BASE_PATTERNS }
  }
}

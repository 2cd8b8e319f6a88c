import { EcsFlat } from '@elastic/ecs'
import { compareEvents, type FieldTypes, fieldTypes } from '../../parser/ecs/index'
import { PARSER_FILE, readDefinition } from '../../parser/format/index'
import { BASE_PATTERNS } from '../../parser/grok/index'
import {
  type CompiledParser,
  compile,
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
import type { PlatformProfile } from '../../parser/types'
import { expectedEventSchema, type JsonSchema } from './expectedSchema'
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
export class ParserSession {
  private rev = 0
  private loaded: Loaded | null = null
  private readonly platform: PlatformProfile

  constructor(platform: PlatformProfile) {
    this.platform = platform
  }

  load(files: FormatFiles, minRev = 1): FormatSummary {
    const format = loadFormat(files)
    const { parser, diagnostics } = compile(format, { platform: this.platform })
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
    return {
      rev: this.rev,
      name: format.name,
      slug: format.slug,
      uuid: format.uuid,
      rules: parser ? [...parser.rules] : null,
      diagnostics: [...format.diagnostics, ...diagnostics],
      definition: { file: PARSER_FILE, text: files[PARSER_FILE] ?? '' },
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

  /** The base grok patterns every format's custom patterns extend (engine.md §3). */
  grokLibrary(): Record<string, string> {
    return { ...BASE_PATTERNS }
  }
}

// The parser package's public surface: load a format folder, compile it, parse lines, run its samples.
import { version } from '../package.json'

export {
  type DescribedRelationship,
  type Description,
  describe,
  type Scenario,
  scenarioFor,
} from './describe'
export {
  type Format,
  type FormatField,
  type FormatFiles,
  loadFormat,
  type Sample,
  type SmartDescription,
  type SmartDescriptionCondition,
  type SmartDescriptionRelationship,
} from './format'
export {
  type FramedHeader,
  type FramingKind,
  type FramingOptions,
  type HeaderPart,
  isTimeZone,
} from './framing'
export {
  type CompiledParser,
  compile,
  type ParseOptions,
  parse,
  type RuleInfo,
  runSamples,
  type SampleResult,
} from './pipeline'
export * from './types'

/** The package's version, read from package.json at build time so the two never disagree. */
export const PARSER_VERSION: string = version

export { compile } from './compile'
export { type ParseOptions, parse } from './run'
export { runSamples } from './samples'
export type { CompiledParser, RuleInfo, SampleResult } from './types'

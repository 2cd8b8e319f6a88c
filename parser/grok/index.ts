// The grok engine's public API: compile a pattern, match lines with the platform's semantics.

export type { CompiledGrok, GrokMatch, GrokOptions } from './compile'
export { compileGrok } from './compile'
export { GrokError, type GrokErrorCode } from './errors'
export { BASE_PATTERNS } from './patterns'
export type { GrokRule } from './rules'

/** What kind of problem a grok pattern has; the same codes the format loader reports as diagnostics. */
export type GrokErrorCode =
  | 'grok-unknown-pattern'
  | 'grok-cycle'
  | 'grok-syntax'
  | 'grok-unsupported'

/**
 * A pattern that cannot be compiled. `patternName` and `offset` locate the problem in the text the
 * user wrote (the main pattern when `patternName` is null, else that custom or base pattern), so
 * the loader can turn it into a YAML line and column.
 */
export class GrokError extends Error {
  readonly code: GrokErrorCode
  readonly patternName: string | null
  readonly offset: number
  readonly length: number

  constructor(
    code: GrokErrorCode,
    message: string,
    patternName: string | null,
    offset: number,
    length: number,
  ) {
    super(message)
    this.name = 'GrokError'
    this.code = code
    this.patternName = patternName
    this.offset = offset
    this.length = length
  }
}

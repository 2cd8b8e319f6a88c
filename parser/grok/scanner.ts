// A cursor over one pattern's source text that raises errors located in that text.

import { GrokError, type GrokErrorCode } from './errors'

export class Scanner {
  readonly source: string
  readonly patternName: string | null
  pos = 0

  constructor(source: string, patternName: string | null) {
    this.source = source
    this.patternName = patternName
  }

  get done(): boolean {
    return this.pos >= this.source.length
  }

  /** The UTF-16 code unit at `pos + ahead`, or '' past the end. */
  peek(ahead = 0): string {
    return this.source.charAt(this.pos + ahead)
  }

  startsWith(text: string): boolean {
    return this.source.startsWith(text, this.pos)
  }

  /** Consumes one whole code point (a surrogate pair counts as one) and returns it. */
  nextCodePoint(): number {
    const codePoint = this.source.codePointAt(this.pos) ?? 0
    this.pos += codePoint > 0xffff ? 2 : 1
    return codePoint
  }

  fail(code: GrokErrorCode, message: string, offset: number, length = 1): never {
    throw new GrokError(code, message, this.patternName, offset, length)
  }
}

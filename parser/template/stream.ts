// A cursor over the tokens with Jinja2's token tests ("name:if") and its error messages.
import { TemplateSyntaxError } from './errors'
import type { Token } from './lexer'

const DESCRIPTIONS: Record<string, string> = {
  variable_begin: 'begin of print statement',
  variable_end: 'end of print statement',
  block_begin: 'begin of statement block',
  block_end: 'end of statement block',
  data: 'template data / text',
  eof: 'end of template',
}

/** How Jinja2 names a token in messages: a name by its text, an operator by itself, others by their kind. */
export function describeToken(token: Token): string {
  if (token.type === 'name' || token.type === 'op') return token.value
  return DESCRIPTIONS[token.type] ?? token.type
}

/** How Jinja2 names an expected token: "name:in" is 'in', "block_end" is 'end of statement block'. */
export function describeExpected(expr: string): string {
  const colon = expr.indexOf(':')
  if (colon >= 0) return expr.slice(colon + 1)
  return DESCRIPTIONS[expr] ?? expr
}

export class TokenStream {
  private index = 0
  constructor(
    private readonly tokens: Token[],
    readonly source: string,
  ) {}

  get current(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token)
  }

  look(): Token {
    return this.tokens[this.index + 1] ?? (this.tokens[this.tokens.length - 1] as Token)
  }

  next(): Token {
    const token = this.current
    if (token.type !== 'eof') this.index++
    return token
  }

  /** Does the current token match "type", "type:value" or an operator such as "op:(" ? */
  matches(expr: string, token: Token = this.current): boolean {
    const colon = expr.indexOf(':')
    if (colon < 0) return token.type === expr
    return token.type === expr.slice(0, colon) && token.value === expr.slice(colon + 1)
  }

  matchesAny(exprs: readonly string[]): boolean {
    return exprs.some((e) => this.matches(e))
  }

  skipIf(expr: string): boolean {
    if (!this.matches(expr)) return false
    this.next()
    return true
  }

  expect(expr: string): Token {
    if (this.matches(expr)) return this.next()
    const token = this.current
    const wanted = describeExpected(expr)
    if (token.type === 'eof') this.fail(`unexpected end of template, expected '${wanted}'.`, token)
    return this.fail(`expected token '${wanted}', got '${describeToken(token)}'`, token)
  }

  fail(message: string, token: Token = this.current): never {
    throw new TemplateSyntaxError(message, token.start, this.source)
  }
}

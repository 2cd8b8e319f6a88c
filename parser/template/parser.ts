// Jinja2's statement grammar over the token stream: data and `{{ }}` output, `{% if %}`, `{% for %}`,
// `{% set %}` (plain and block), `{% print %}`. A colon may close the head of a block (`{% else: %}`),
// as Jinja2 skips one there for Python compatibility; other tags are refused with a located error.
import type { Expr, Stmt, Target } from './ast'
import type { Token } from './lexer'
import { tokenize } from './lexer'
import { parseExpression, parseTuple } from './parseExpr'
import { parseFilters } from './parsePrimary'
import { describeExpected, describeToken, TokenStream } from './stream'

/** Jinja2 tags this engine does not implement; using one is a syntax error here rather than "unknown tag". */
const UNSUPPORTED_TAGS = new Set([
  'block',
  'extends',
  'macro',
  'include',
  'from',
  'import',
  'with',
  'autoescape',
  'call',
  'filter',
])
const CONSTANT_NAMES = new Set(['true', 'false', 'none', 'True', 'False', 'None'])

export function parseTemplate(source: string): Stmt[] {
  return new StatementParser(new TokenStream(tokenize(source), source)).subparse(null)
}

class StatementParser {
  private readonly tagStack: { name: string; token: Token }[] = []
  private readonly endTokenStack: string[][] = []

  constructor(private readonly s: TokenStream) {}

  subparse(endTokens: string[] | null): Stmt[] {
    const s = this.s
    const body: Stmt[] = []
    let parts: (string | Expr)[] = []
    const flush = (): void => {
      if (parts.length > 0) body.push({ kind: 'output', parts })
      parts = []
    }
    if (endTokens) this.endTokenStack.push(endTokens)
    try {
      while (!s.matches('eof')) {
        const token = s.next()
        if (token.type === 'data') parts.push(token.value)
        else if (token.type === 'variable_begin') {
          parts.push(parseTuple(s))
          s.expect('variable_end')
        } else {
          flush()
          if (endTokens && s.matchesAny(endTokens)) return body
          body.push(this.parseStatement())
          s.expect('block_end')
        }
      }
      flush()
      return body
    } finally {
      if (endTokens) this.endTokenStack.pop()
    }
  }

  private parseStatement(): Stmt {
    const s = this.s
    const token = s.current
    if (token.type !== 'name') return s.fail('tag name expected')
    if (UNSUPPORTED_TAGS.has(token.value)) {
      return s.fail(`the '${token.value}' tag is not supported by this template engine`)
    }
    const parse = {
      if: this.parseIf,
      for: this.parseFor,
      set: this.parseSet,
      print: this.parsePrint,
    }[token.value]
    if (!parse) return this.failUnknownTag(token.value, token)
    this.tagStack.push({ name: token.value, token })
    try {
      return parse.call(this)
    } finally {
      this.tagStack.pop()
    }
  }

  /** Jinja2's message for a tag nobody expects, or for the end of the template inside a block. */
  private failUnknownTag(name: string | null, token: Token, endTokens?: string[]): never {
    const stack = endTokens ? [...this.endTokenStack, endTokens] : this.endTokenStack
    const expected = new Set(stack.flat().map(describeExpected))
    const top = stack[stack.length - 1]
    const looking = top?.map((t) => `'${describeExpected(t)}'`).join(' or ')
    const message = [
      name === null ? 'Unexpected end of template.' : `Encountered unknown tag '${name}'.`,
    ]
    if (looking) {
      message.push(
        name !== null && expected.has(name)
          ? `You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`
          : `Jinja was looking for the following tags: ${looking}.`,
      )
    }
    const open = this.tagStack[this.tagStack.length - 1]
    if (open) message.push(`The innermost block that needs to be closed is '${open.name}'.`)
    return this.s.fail(message.join(' '), name === null && open ? open.token : token)
  }

  private parseStatements(endTokens: string[], dropNeedle = false): Stmt[] {
    const s = this.s
    s.skipIf('op::')
    s.expect('block_end')
    const body = this.subparse(endTokens)
    if (s.matches('eof')) this.failUnknownTag(null, s.current, endTokens)
    if (dropNeedle) s.next()
    return body
  }

  private parseIf(): Stmt {
    const s = this.s
    s.next()
    const branches: { test: Expr; body: Stmt[] }[] = []
    let otherwise: Stmt[] = []
    for (;;) {
      const test = parseTuple(s, { withCondexpr: false })
      branches.push({ test, body: this.parseStatements(['name:elif', 'name:else', 'name:endif']) })
      const token = s.next()
      if (token.value === 'elif') continue
      if (token.value === 'else') otherwise = this.parseStatements(['name:endif'], true)
      return { kind: 'if', branches, otherwise }
    }
  }

  private parseFor(): Stmt {
    const s = this.s
    s.next()
    const target = this.parseTarget(false)
    s.expect('name:in')
    const iter = parseTuple(s, { withCondexpr: false })
    const filter = s.skipIf('name:if') ? parseExpression(s) : null
    if (s.matches('name:recursive'))
      s.fail('recursive loops are not supported by this template engine')
    const body = this.parseStatements(['name:endfor', 'name:else'])
    const otherwise = s.next().value === 'else' ? this.parseStatements(['name:endfor'], true) : []
    return { kind: 'for', target, iter, filter, body, otherwise }
  }

  private parseSet(): Stmt {
    const s = this.s
    s.next()
    const target = this.parseTarget(true)
    if (s.skipIf('op:=')) return { kind: 'set', target, value: parseTuple(s) }
    const filter = s.matches('op:|') ? parseFilters(s, null) : null
    return { kind: 'setblock', target, filter, body: this.parseStatements(['name:endset'], true) }
  }

  private parsePrint(): Stmt {
    const s = this.s
    s.next()
    const parts: Expr[] = []
    while (!s.matches('block_end')) {
      if (parts.length > 0) s.expect('op:,')
      parts.push(parseExpression(s))
    }
    return { kind: 'output', parts }
  }

  /** An assignment target: names, tuples of them, and `ns.attr` where namespaces are allowed. */
  private parseTarget(withNamespace: boolean): Target {
    const s = this.s
    const pos = s.current.start
    const items: Target[] = []
    let isTuple = false
    for (;;) {
      if (items.length > 0) s.expect('op:,')
      if (s.matchesAny(['variable_end', 'block_end', 'op:)'])) break
      items.push(this.parseTargetPrimary(withNamespace))
      if (s.matches('op:,')) isTuple = true
      else break
    }
    if (!isTuple && items[0]) return items[0]
    if (items.length === 0) s.fail(`Expected an expression, got '${describeToken(s.current)}'`)
    return { kind: 'tuple', items, pos }
  }

  private parseTargetPrimary(withNamespace: boolean): Target {
    const s = this.s
    const token = s.current
    if (token.type === 'name') {
      if (CONSTANT_NAMES.has(token.value)) s.fail("can't assign to 'const'")
      s.next()
      if (withNamespace && s.skipIf('op:.')) {
        return { kind: 'nsref', name: token.value, attr: s.expect('name').value, pos: token.start }
      }
      return { kind: 'name', name: token.value, pos: token.start }
    }
    if (s.skipIf('op:(')) {
      const inner = this.parseTarget(withNamespace)
      s.expect('op:)')
      return inner
    }
    if (['string', 'integer', 'float'].includes(token.type))
      return s.fail("can't assign to 'const'")
    return s.fail(`unexpected '${describeToken(token)}'`)
  }
}

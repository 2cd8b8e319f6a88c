// Primaries and what follows them: literals, names, parenthesised tuples, lists, dicts, then
// subscripts and calls (postfix) and, binding tighter than any binary operator, filters and tests.
import type { CallArgs, Expr } from './ast'
import { parseExpression, parseTuple } from './parseExpr'
import { describeToken, type TokenStream } from './stream'

const TEST_ARG_START = new Set(['name', 'string', 'integer', 'float'])

export function parsePrimary(s: TokenStream): Expr {
  const token = s.current
  const pos = token.start
  switch (token.type) {
    case 'name': {
      s.next()
      const v = token.value
      if (v === 'true' || v === 'True') return { kind: 'const', value: true, pos }
      if (v === 'false' || v === 'False') return { kind: 'const', value: false, pos }
      if (v === 'none' || v === 'None') return { kind: 'const', value: null, pos }
      return { kind: 'name', name: v, pos }
    }
    case 'string': {
      // Adjacent string literals concatenate, as in Python.
      let text = ''
      while (s.matches('string')) text += s.next().literal as string
      return { kind: 'const', value: text, pos }
    }
    case 'integer':
    case 'float':
      s.next()
      return { kind: 'const', value: token.literal ?? null, pos }
  }
  if (s.skipIf('op:(')) {
    const node = parseTuple(s, { explicitParentheses: true })
    s.expect('op:)')
    return node
  }
  if (s.matches('op:[')) return parseList(s)
  if (s.matches('op:{')) return parseDict(s)
  return s.fail(`unexpected '${describeToken(token)}'`)
}

function parseList(s: TokenStream): Expr {
  const pos = s.expect('op:[').start
  const items: Expr[] = []
  while (!s.matches('op:]')) {
    if (items.length > 0) s.expect('op:,')
    if (s.matches('op:]')) break
    items.push(parseExpression(s))
  }
  s.expect('op:]')
  return { kind: 'list', items, pos }
}

function parseDict(s: TokenStream): Expr {
  const pos = s.expect('op:{').start
  const pairs: { key: Expr; value: Expr }[] = []
  while (!s.matches('op:}')) {
    if (pairs.length > 0) s.expect('op:,')
    if (s.matches('op:}')) break
    const key = parseExpression(s)
    s.expect('op::')
    pairs.push({ key, value: parseExpression(s) })
  }
  s.expect('op:}')
  return { kind: 'dict', pairs, pos }
}

export function parsePostfix(s: TokenStream, start: Expr): Expr {
  let node = start
  for (;;) {
    if (s.matches('op:.') || s.matches('op:[')) node = parseSubscript(s, node)
    else if (s.matches('op:(')) node = parseCall(s, node)
    else return node
  }
}

function parseCall(s: TokenStream, callee: Expr): Expr {
  const pos = s.current.start
  return { kind: 'call', callee, call: parseCallArgs(s), pos }
}

export function parseFilterExpr(s: TokenStream, start: Expr): Expr {
  let node = start
  for (;;) {
    if (s.matches('op:|')) node = parseFilters(s, node)
    else if (s.matches('name:is')) node = parseTest(s, node)
    else if (s.matches('op:(')) node = parseCall(s, node)
    else return node
  }
}

function parseSubscript(s: TokenStream, obj: Expr): Expr {
  const token = s.next()
  if (token.value === '.') {
    const attr = s.next()
    if (attr.type === 'name') return { kind: 'getattr', obj, attr: attr.value, pos: attr.start }
    if (attr.type !== 'integer') s.fail('expected name or number', attr)
    return {
      kind: 'getitem',
      obj,
      key: { kind: 'const', value: attr.literal ?? null, pos: attr.start },
      pos: attr.start,
    }
  }
  const keys: Subscript[] = []
  while (!s.matches('op:]')) {
    if (keys.length > 0) s.expect('op:,')
    keys.push(parseSubscribed(s))
  }
  s.expect('op:]')
  const [first] = keys
  if (keys.length === 1 && first && 'stop' in first) return { kind: 'slice', obj, ...first }
  const exprs = keys.map((k) => ('expr' in k ? k.expr : null))
  // Jinja2 generates invalid Python for a slice inside a tuple subscript (`x[1, 2:3]`): it cannot compile it.
  if (exprs.some((k) => k === null))
    s.fail('invalid syntax: a slice inside a tuple subscript', token)
  const items = exprs as Expr[]
  const key: Expr =
    items.length === 1 ? (items[0] as Expr) : { kind: 'tuple', items, pos: token.start }
  return { kind: 'getitem', obj, key, pos: token.start }
}

type Subscript =
  | { expr: Expr }
  | { start: Expr | null; stop: Expr | null; step: Expr | null; pos: number }

/** One subscript: an expression, or a slice `start:stop:step` with any part left out. */
function parseSubscribed(s: TokenStream): Subscript {
  const pos = s.current.start
  let start: Expr | null = null
  if (!s.matches('op::')) {
    start = parseExpression(s)
    if (!s.matches('op::')) return { expr: start }
  }
  s.next()
  const part = (): Expr | null =>
    s.matchesAny(['op:]', 'op:,', 'op::']) ? null : parseExpression(s)
  const stop = part()
  let step: Expr | null = null
  if (s.skipIf('op::')) step = part()
  return { start, stop, step, pos }
}

function parseCallArgs(s: TokenStream): CallArgs {
  const open = s.expect('op:(')
  const call: CallArgs = { args: [], kwargs: [], star: null, starstar: null }
  const ensure = (ok: boolean): void => {
    if (!ok) s.fail('invalid syntax for function call expression', open)
  }
  let requireComma = false
  while (!s.matches('op:)')) {
    if (requireComma) {
      s.expect('op:,')
      if (s.matches('op:)')) break
    }
    if (s.skipIf('op:*')) {
      ensure(call.star === null && call.starstar === null)
      call.star = parseExpression(s)
    } else if (s.skipIf('op:**')) {
      ensure(call.starstar === null)
      call.starstar = parseExpression(s)
    } else if (s.matches('name') && s.matches('op:=', s.look())) {
      ensure(call.starstar === null)
      const name = s.next().value
      s.next()
      call.kwargs.push({ name, value: parseExpression(s) })
    } else {
      ensure(call.star === null && call.starstar === null && call.kwargs.length === 0)
      call.args.push(parseExpression(s))
    }
    requireComma = true
  }
  s.expect('op:)')
  return call
}

const NO_ARGS = (): CallArgs => ({ args: [], kwargs: [], star: null, starstar: null })

function dottedName(s: TokenStream): { name: string; pos: number } {
  const token = s.expect('name')
  let name = token.value
  while (s.skipIf('op:.')) name += `.${s.expect('name').value}`
  return { name, pos: token.start }
}

/** `| name(args)`, repeated; `node` is null for the filter section of `{% set x | f %}`. */
export function parseFilters(s: TokenStream, node: Expr | null): Expr {
  let result = node
  do {
    s.next()
    const { name, pos } = dottedName(s)
    const call = s.matches('op:(') ? parseCallArgs(s) : NO_ARGS()
    result = { kind: 'filter', node: result, name, call, pos }
  } while (s.matches('op:|'))
  return result as Expr
}

function parseTest(s: TokenStream, node: Expr): Expr {
  const is = s.next()
  const negated = s.skipIf('name:not')
  const { name, pos } = dottedName(s)
  let call = NO_ARGS()
  if (s.matches('op:(')) call = parseCallArgs(s)
  else if (
    (TEST_ARG_START.has(s.current.type) || s.matchesAny(['op:(', 'op:[', 'op:{'])) &&
    !s.matchesAny(['name:else', 'name:or', 'name:and'])
  ) {
    if (s.matches('name:is')) s.fail('You cannot chain multiple tests with is')
    call.args.push(parsePostfix(s, parsePrimary(s)))
  }
  const test: Expr = { kind: 'test', node, name, call, pos }
  return negated ? { kind: 'not', operand: test, pos: is.start } : test
}

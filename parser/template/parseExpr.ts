// Jinja2's expression grammar, precedence lowest first: conditional, or, and, not, comparisons (in, not in),
// + -, ~, * / // %, **, unary - +, then primaries with their postfixes, and filters/tests binding tightest
// of all binary forms (so `a or b | lower` filters only b). ** is left-associative and -2**2 is 4, as in Jinja2.
import type { BinaryOp } from './arithmetic'
import type { CompareOp, Expr } from './ast'
import { parseFilterExpr, parsePostfix, parsePrimary } from './parsePrimary'
import { describeToken, type TokenStream } from './stream'

const COMPARE: Record<string, CompareOp> = {
  '==': '==',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
}

export function parseExpression(s: TokenStream, withCondexpr = true): Expr {
  return withCondexpr ? parseCondexpr(s) : parseOr(s)
}

function parseCondexpr(s: TokenStream): Expr {
  let expr = parseOr(s)
  while (s.matches('name:if')) {
    const pos = s.next().start
    const test = parseOr(s)
    const otherwise = s.skipIf('name:else') ? parseCondexpr(s) : null
    expr = { kind: 'cond', test, ifTrue: expr, ifFalse: otherwise, pos }
  }
  return expr
}

/** A left-associative chain of one boolean keyword: `a or b or c` is `(a or b) or c`. */
function booleanLevel(
  s: TokenStream,
  keyword: 'or' | 'and',
  operand: (s: TokenStream) => Expr,
): Expr {
  let left = operand(s)
  while (s.matches(`name:${keyword}`)) {
    const pos = s.next().start
    left = { kind: keyword, left, right: operand(s), pos }
  }
  return left
}

const parseOr = (s: TokenStream): Expr => booleanLevel(s, 'or', parseAnd)
const parseAnd = (s: TokenStream): Expr => booleanLevel(s, 'and', parseNot)

function parseNot(s: TokenStream): Expr {
  if (s.matches('name:not')) {
    const pos = s.next().start
    return { kind: 'not', operand: parseNot(s), pos }
  }
  return parseCompare(s)
}

function parseCompare(s: TokenStream): Expr {
  const first = parseMath1(s)
  const ops: { op: CompareOp; operand: Expr }[] = []
  for (;;) {
    const token = s.current
    const op = token.type === 'op' ? COMPARE[token.value] : undefined
    if (op) {
      s.next()
      ops.push({ op, operand: parseMath1(s) })
    } else if (s.skipIf('name:in')) {
      ops.push({ op: 'in', operand: parseMath1(s) })
    } else if (s.matches('name:not') && s.matches('name:in', s.look())) {
      s.next()
      s.next()
      ops.push({ op: 'not in', operand: parseMath1(s) })
    } else break
  }
  return ops.length === 0 ? first : { kind: 'compare', first, ops, pos: first.pos }
}

function binaryLevel(
  s: TokenStream,
  ops: readonly BinaryOp[],
  operand: (s: TokenStream) => Expr,
): Expr {
  let left = operand(s)
  for (;;) {
    const token = s.current
    const op = ops.find((o) => token.type === 'op' && token.value === o)
    if (!op) return left
    s.next()
    left = { kind: 'binary', op, left, right: operand(s), pos: token.start }
  }
}

const parseMath1 = (s: TokenStream): Expr => binaryLevel(s, ['+', '-'], parseConcat)
const parseMath2 = (s: TokenStream): Expr => binaryLevel(s, ['*', '/', '//', '%'], parsePow)
const parsePow = (s: TokenStream): Expr => binaryLevel(s, ['**'], (t) => parseUnary(t, true))

function parseConcat(s: TokenStream): Expr {
  const parts = [parseMath2(s)]
  while (s.skipIf('op:~')) parts.push(parseMath2(s))
  return parts.length === 1
    ? (parts[0] as Expr)
    : { kind: 'concat', parts, pos: (parts[0] as Expr).pos }
}

function parseUnary(s: TokenStream, withFilter: boolean): Expr {
  const token = s.current
  let node: Expr
  if (s.matches('op:-') || s.matches('op:+')) {
    s.next()
    node = {
      kind: token.value === '-' ? 'neg' : 'pos',
      operand: parseUnary(s, false),
      pos: token.start,
    }
  } else node = parsePrimary(s)
  node = parsePostfix(s, node)
  return withFilter ? parseFilterExpr(s, node) : node
}

export interface TupleOptions {
  withCondexpr?: boolean
  explicitParentheses?: boolean
}

/** Jinja2 also passes "extra end rules" (`in` after a for target) but its check never matches them
 * (it tests the tuple of rules as one rule), so `{% for a, in x %}` reads `in` as a name, as here. */
const isTupleEnd = (s: TokenStream): boolean => s.matchesAny(['variable_end', 'block_end', 'op:)'])

/** An expression, or a tuple when commas separate several (`{{ 1, 2 }}` prints "(1, 2)"). */
export function parseTuple(s: TokenStream, options: TupleOptions = {}): Expr {
  const pos = s.current.start
  const items: Expr[] = []
  let isTuple = false
  for (;;) {
    if (items.length > 0) s.expect('op:,')
    if (isTupleEnd(s)) break
    items.push(parseExpression(s, options.withCondexpr ?? true))
    if (s.matches('op:,')) isTuple = true
    else break
  }
  if (!isTuple) {
    if (items[0]) return items[0]
    if (!options.explicitParentheses)
      s.fail(`Expected an expression, got '${describeToken(s.current)}'`)
  }
  return { kind: 'tuple', items, pos }
}

// Expressions compiled once into closures over a Frame; rendering runs the closures and never re-parses.
import { callAttr, callValue, jinjaGetAttr, jinjaGetItem } from './access'
import { NO_KWARGS } from './args'
import { binary, negate, plus } from './arithmetic'
import type { CallArgs, CompareOp, Expr } from './ast'
import { compareOp, contains, eq } from './compare'
import { cloneConstant, hasSafeRepr, isConstant, isFoldableFilter, NotConstant } from './constant'
import { PyDict } from './dict'
import type { Environment } from './environment'
import {
  PythonError,
  TemplateRuntimeError,
  TemplateSyntaxError,
  typeError,
  UndefinedError,
} from './errors'
import { FILTERS, UNSUPPORTED_FILTERS } from './filters'
import { Frame, RootScope } from './frame'
import { TESTS } from './predicates'
import { getSlice, iterate, truthy } from './protocol'
import { ENVIRONMENT } from './registry'
import { pyRepr, toStr } from './repr'
import { type Kwargs, objectTypeRepr, PyTuple, type PyValue, Undefined } from './values'

export type Eval = (f: Frame) => PyValue

export interface CompileContext {
  readonly source: string
  /** Names some `set` or `for` binds; every other name reads the caller's scope directly. */
  readonly assigned: ReadonlySet<string>
  /** Inside an if (test or body) or a conditional expression, Jinja2 reports unknown filters and tests
   * only when they run, not at compile time. */
  readonly soft: boolean
  /** The value standing for the missing operand of `{% set x | filter %}`. */
  readonly hole?: Eval
  /** Evaluating at compile time the way Jinja2's constant folding does (see constant.ts). */
  readonly folding?: boolean
}

type Args = (f: Frame) => { args: PyValue[]; kwargs: Kwargs }

function compileArgs(call: CallArgs, ctx: CompileContext): Args {
  const args = call.args.map((a) => compileExpr(a, ctx))
  const kwargs = call.kwargs.map(({ name, value }) => [name, compileExpr(value, ctx)] as const)
  const star = call.star ? compileExpr(call.star, ctx) : null
  const starstar = call.starstar ? compileExpr(call.starstar, ctx) : null
  if (kwargs.length === 0 && !star && !starstar)
    return (f) => ({ args: args.map((a) => a(f)), kwargs: NO_KWARGS })
  return (f) => {
    const values = args.map((a) => a(f))
    if (star) values.push(...iterate(star(f)))
    const named = new Map<string, PyValue>(kwargs.map(([k, v]) => [k, v(f)]))
    if (starstar) {
      const extra = starstar(f)
      if (!(extra instanceof PyDict)) throw typeError('argument after ** must be a mapping')
      for (const [k, v] of extra.items()) {
        if (typeof k !== 'string') throw typeError('keywords must be strings')
        if (named.has(k)) throw typeError(`got multiple values for keyword argument '${k}'`)
        named.set(k, v)
      }
    }
    return { args: values, kwargs: named }
  }
}

function lineOf(source: string, pos: number): number {
  return source.slice(0, pos).split(/\r\n|\r|\n/).length
}

/** A filter or test name that is not in the table: a compile error, or in a soft frame a runtime one. */
type Applied = (
  value: PyValue,
  args: readonly PyValue[],
  kwargs: Kwargs,
  env: Environment,
) => PyValue

/** A filter or test name that is not in the table: a compile error, or in a soft frame a runtime one
 * (raised after the operands are evaluated, as Jinja2's generated code does). */
function missingCallable(
  kind: 'filter' | 'test',
  name: string,
  pos: number,
  ctx: CompileContext,
): Applied {
  const unsupported = kind === 'filter' && UNSUPPORTED_FILTERS.has(name)
  const message = unsupported
    ? `the '${name}' filter is not supported by this template engine`
    : `No ${kind} named '${name}'.`
  if (!ctx.soft) throw new TemplateSyntaxError(message, pos, ctx.source)
  const runtime = unsupported ? message : `No ${kind} named '${name}' found.`
  return () => {
    throw new TemplateRuntimeError(runtime)
  }
}

function compileApplied(
  expr: Extract<Expr, { kind: 'filter' | 'test' }>,
  ctx: CompileContext,
): Eval {
  const run: Applied =
    (expr.kind === 'filter' ? FILTERS.get(expr.name) : TESTS.get(expr.name)) ??
    missingCallable(expr.kind, expr.name, expr.pos, ctx)
  const node = expr.node ? compileExpr(expr.node, ctx) : ctx.hole
  if (!node) throw new TemplateSyntaxError('a filter needs a value', expr.pos, ctx.source)
  const args = compileArgs(expr.call, ctx)
  return (f) => {
    const value = node(f)
    const a = args(f)
    return run(value, a.args, a.kwargs, ENVIRONMENT)
  }
}

const COMPARE: Record<CompareOp, (a: PyValue, b: PyValue) => boolean> = {
  '==': eq,
  '!=': (a, b) => !eq(a, b),
  '<': (a, b) => compareOp(a, b, '<'),
  '<=': (a, b) => compareOp(a, b, '<='),
  '>': (a, b) => compareOp(a, b, '>'),
  '>=': (a, b) => compareOp(a, b, '>='),
  in: (a, b) => contains(b, a),
  'not in': (a, b) => !contains(b, a),
}

/** Jinja2 folds a constant subexpression when computing it succeeds and the value has a safe repr. */
export function compileExpr(expr: Expr, ctx: CompileContext): Eval {
  if (!ctx.folding && expr.kind !== 'const' && isConstant(expr)) {
    const folded = foldConstant(expr, ctx)
    if (folded && hasSafeRepr(folded.value)) {
      const value = folded.value
      return () => cloneConstant(value)
    }
  }
  return compileNode(expr, ctx)
}

/** The compile-time value of a constant expression, or null when computing it raises. */
export function foldConstant(expr: Expr, ctx: CompileContext): { value: PyValue } | null {
  try {
    return { value: compileNode(expr, { ...ctx, folding: true })(new Frame(new RootScope({}))) }
  } catch (e) {
    if (e instanceof TemplateRuntimeError || e instanceof RangeError) return null
    throw e
  }
}

const notConstant = (): never => {
  throw new NotConstant('not a constant')
}

function compileNode(expr: Expr, ctx: CompileContext): Eval {
  if (ctx.folding && (expr.kind === 'name' || expr.kind === 'call')) return notConstant
  if (ctx.folding && expr.kind === 'filter' && !isFoldableFilter(expr.name)) return notConstant
  // An unknown test cannot be folded, but folding may never reach it (`-3 or (x is nope)` is -3).
  if (ctx.folding && expr.kind === 'test' && !TESTS.has(expr.name)) return notConstant
  switch (expr.kind) {
    case 'const': {
      const value = expr.value
      return () => value
    }
    case 'name': {
      const name = expr.name
      return ctx.assigned.has(name) ? (f) => f.lookup(name) : (f) => f.root.resolve(name)
    }
    case 'list': {
      const items = expr.items.map((e) => compileExpr(e, ctx))
      return (f) => items.map((i) => i(f))
    }
    case 'tuple': {
      const items = expr.items.map((e) => compileExpr(e, ctx))
      return (f) => new PyTuple(items.map((i) => i(f)))
    }
    case 'dict': {
      const pairs = expr.pairs.map(
        (p) => [compileExpr(p.key, ctx), compileExpr(p.value, ctx)] as const,
      )
      return (f) => PyDict.fromPairs(pairs.map(([k, v]) => [k(f), v(f)] as const))
    }
    case 'getattr': {
      const obj = compileExpr(expr.obj, ctx)
      const attr = expr.attr
      return (f) => jinjaGetAttr(obj(f), attr)
    }
    case 'getitem': {
      const obj = compileExpr(expr.obj, ctx)
      const key = compileExpr(expr.key, ctx)
      return (f) => jinjaGetItem(obj(f), key(f))
    }
    case 'slice':
      return compileSlice(expr, ctx)
    case 'call':
      return compileCall(expr.callee, expr.call, ctx)
    case 'filter':
    case 'test':
      return compileApplied(expr, ctx)
    case 'neg':
    case 'pos':
    case 'not': {
      const operand = compileExpr(expr.operand, ctx)
      if (expr.kind === 'not') return (f) => !truthy(operand(f))
      return expr.kind === 'neg' ? (f) => negate(operand(f)) : (f) => plus(operand(f))
    }
    case 'binary': {
      const [left, right, op] = [compileExpr(expr.left, ctx), compileExpr(expr.right, ctx), expr.op]
      return (f) => binary(op, left(f), right(f))
    }
    case 'concat': {
      const parts = expr.parts.map((p) => compileExpr(p, ctx))
      return (f) => parts.map((p) => toStr(p(f))).join('')
    }
    case 'and':
    case 'or': {
      const [left, right] = [compileExpr(expr.left, ctx), compileExpr(expr.right, ctx)]
      // Python's and/or return an operand, not a bool.
      if (expr.kind === 'and')
        return (f) => {
          const l = left(f)
          return truthy(l) ? right(f) : l
        }
      return (f) => {
        const l = left(f)
        return truthy(l) ? l : right(f)
      }
    }
    case 'compare': {
      const first = compileExpr(expr.first, ctx)
      const ops = expr.ops.map(
        ({ op, operand }) => [COMPARE[op], compileExpr(operand, ctx)] as const,
      )
      return (f) => {
        let left = first(f)
        for (const [test, operand] of ops) {
          const right = operand(f)
          if (!test(left, right)) return false
          left = right
        }
        return true
      }
    }
    case 'cond': {
      const soft = { ...ctx, soft: true }
      const [test, ifTrue] = [compileExpr(expr.test, soft), compileExpr(expr.ifTrue, soft)]
      const ifFalse = expr.ifFalse ? compileExpr(expr.ifFalse, soft) : null
      const hint = `the inline if-expression on line ${lineOf(ctx.source, expr.pos)} evaluated to false and no else section was defined.`
      // Folding, Jinja2 gives up on a conditional without else whose test is false.
      const otherwise: Eval = ifFalse ?? (ctx.folding ? notConstant : () => new Undefined(hint))
      return (f) => (truthy(test(f)) ? ifTrue(f) : otherwise(f))
    }
  }
}

function compileSlice(expr: Extract<Expr, { kind: 'slice' }>, ctx: CompileContext): Eval {
  const bounds = [expr.start, expr.stop, expr.step].map((e) =>
    e ? compileExpr(e, ctx) : () => null,
  )
  const [start, stop, step] = bounds as [Eval, Eval, Eval]
  const obj = compileExpr(expr.obj, ctx)
  if (!ctx.folding) return (f) => getSlice(obj(f), start(f), stop(f), step(f))
  // Folding, Jinja2 slices through environment.getitem, where a failed lookup is Undefined.
  return (f) => {
    const [o, a, b, c] = [obj(f), start(f), stop(f), step(f)]
    try {
      return getSlice(o, a, b, c)
    } catch (e) {
      if (e instanceof PythonError && e.pythonType !== 'ValueError') {
        const bounds = [a, b, c].map(pyRepr).join(', ')
        return new Undefined(`${objectTypeRepr(o)} has no element slice(${bounds})`)
      }
      throw e
    }
  }
}

function compileCall(callee: Expr, call: CallArgs, ctx: CompileContext): Eval {
  const args = compileArgs(call, ctx)
  if (callee.kind === 'getattr') {
    const obj = compileExpr(callee.obj, ctx)
    const name = callee.attr
    return (f) => {
      const target = obj(f)
      // Python looks the method up before evaluating the arguments.
      if (target instanceof Undefined) throw new UndefinedError(target.hint)
      const a = args(f)
      return callAttr(target, name, a.args, a.kwargs)
    }
  }
  const fn = compileExpr(callee, ctx)
  return (f) => {
    const target = fn(f)
    const a = args(f)
    return callValue(target, a.args, a.kwargs)
  }
}

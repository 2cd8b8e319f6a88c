// Statements compiled once into closures that append to the output: output, if, for (with loop, else and
// a loop filter), set, block set. Loop bodies render in child frames so their assignments stay inside.
import type { Expr, Stmt, Target } from './ast'
import { type CompileContext, compileExpr, type Eval, foldConstant } from './compileExpr'
import { isConstant } from './constant'
import { TemplateRuntimeError, typeError, valueError } from './errors'
import type { Frame } from './frame'
import { LoopContext } from './loop'
import { Namespace } from './objects'
import { iterate, truthy } from './protocol'
import { toStr } from './repr'
import { type PyValue, typeName } from './values'

export type Exec = (f: Frame, out: string[]) => void

/** The name under which a block set's rendered body reaches its filters; no template name can clash. */
const BLOCK_VALUE = '\u0000block'

type Assign = (f: Frame, value: PyValue) => void

function compileAssign(target: Target): Assign {
  switch (target.kind) {
    case 'name': {
      const name = target.name
      return (f, value) => f.assign(name, value)
    }
    case 'nsref': {
      const { name, attr } = target
      return (f, value) => {
        const ns = f.lookup(name)
        if (!(ns instanceof Namespace)) {
          throw new TemplateRuntimeError('cannot assign attribute on non-namespace object')
        }
        ns.attrs.set(attr, value)
      }
    }
    case 'tuple': {
      const parts = target.items.map(compileAssign)
      return (f, value) => {
        let items: PyValue[]
        try {
          items = iterate(value)
        } catch {
          throw typeError(`cannot unpack non-iterable ${typeName(value)} object`)
        }
        if (items.length > parts.length)
          throw valueError(`too many values to unpack (expected ${parts.length})`)
        if (items.length < parts.length) {
          throw valueError(
            `not enough values to unpack (expected ${parts.length}, got ${items.length})`,
          )
        }
        for (let i = 0; i < parts.length; i++) parts[i]?.(f, items[i] as PyValue)
      }
    }
  }
}

export function compileBody(body: readonly Stmt[], ctx: CompileContext): Exec {
  const steps = body.map((s) => compileStmt(s, ctx))
  if (steps.length === 1) return steps[0] as Exec
  return (f, out) => {
    for (const step of steps) step(f, out)
  }
}

/** A constant `{{ … }}` is printed from its compile-time value when computing it succeeds, as in Jinja2. */
function compilePiece(expr: Expr, ctx: CompileContext): string | Eval {
  const folded = isConstant(expr) ? foldConstant(expr, ctx) : null
  return folded ? toStr(folded.value) : compileExpr(expr, ctx)
}

function compileOutput(parts: readonly (string | Expr)[], ctx: CompileContext): Exec {
  const pieces = parts.map((p) => (typeof p === 'string' ? p : compilePiece(p, ctx)))
  return (f, out) => {
    for (const piece of pieces) out.push(typeof piece === 'string' ? piece : toStr(piece(f)))
  }
}

function compileIf(stmt: Extract<Stmt, { kind: 'if' }>, ctx: CompileContext): Exec {
  const soft = { ...ctx, soft: true }
  const branches = stmt.branches.map(
    (b) => [compileExpr(b.test, soft), compileBody(b.body, soft)] as const,
  )
  const otherwise = compileBody(stmt.otherwise, soft)
  return (f, out) => {
    for (const [test, body] of branches) {
      if (truthy(test(f))) {
        body(f, out)
        return
      }
    }
    otherwise(f, out)
  }
}

function compileFor(stmt: Extract<Stmt, { kind: 'for' }>, ctx: CompileContext): Exec {
  // A loop body is a new frame in Jinja2: unknown filters there are compile errors again.
  const inner = { ...ctx, soft: false }
  const iter = compileExpr(stmt.iter, ctx)
  const assign = compileAssign(stmt.target)
  const filter: Eval | null = stmt.filter ? compileExpr(stmt.filter, inner) : null
  const body = compileBody(stmt.body, inner)
  const otherwise = compileBody(stmt.otherwise, inner)
  return (f, out) => {
    let items = iterate(iter(f))
    if (filter) {
      items = items.filter((item) => {
        const probe = f.child()
        assign(probe, item)
        return truthy(filter(probe))
      })
    }
    if (items.length === 0) {
      otherwise(f.child(), out)
      return
    }
    const loop = new LoopContext(items)
    items.forEach((item, i) => {
      loop.index0 = i
      const frame = f.child()
      assign(frame, item)
      frame.assign('loop', loop)
      body(frame, out)
    })
  }
}

function compileSetBlock(stmt: Extract<Stmt, { kind: 'setblock' }>, ctx: CompileContext): Exec {
  const inner = { ...ctx, soft: false }
  const body = compileBody(stmt.body, inner)
  const assign = compileAssign(stmt.target)
  const filter = stmt.filter
    ? compileExpr(stmt.filter, { ...ctx, hole: (f: Frame) => f.lookup(BLOCK_VALUE) })
    : null
  return (f) => {
    const buffer: string[] = []
    body(f.child(), buffer)
    const text = buffer.join('')
    if (!filter) {
      assign(f, text)
      return
    }
    const holder = f.child()
    holder.assign(BLOCK_VALUE, text)
    assign(f, filter(holder))
  }
}

function compileStmt(stmt: Stmt, ctx: CompileContext): Exec {
  switch (stmt.kind) {
    case 'output':
      return compileOutput(stmt.parts, ctx)
    case 'if':
      return compileIf(stmt, ctx)
    case 'for':
      return compileFor(stmt, ctx)
    case 'set': {
      const value = compileExpr(stmt.value, ctx)
      const assign = compileAssign(stmt.target)
      return (f) => assign(f, value(f))
    }
    case 'setblock':
      return compileSetBlock(stmt, ctx)
  }
}

/** Every name a `set` or `for` may bind (plus `loop` when there is a loop). */
export function assignedNames(body: readonly Stmt[], into = new Set<string>()): Set<string> {
  const addTarget = (t: Target): void => {
    if (t.kind === 'name') into.add(t.name)
    else if (t.kind === 'tuple') t.items.forEach(addTarget)
  }
  for (const stmt of body) {
    if (stmt.kind === 'set' || stmt.kind === 'setblock') {
      addTarget(stmt.target)
      if (stmt.kind === 'setblock') assignedNames(stmt.body, into)
    } else if (stmt.kind === 'for') {
      addTarget(stmt.target)
      into.add('loop')
      assignedNames(stmt.body, into)
      assignedNames(stmt.otherwise, into)
    } else if (stmt.kind === 'if') {
      for (const b of stmt.branches) assignedNames(b.body, into)
      assignedNames(stmt.otherwise, into)
    }
  }
  return into
}

// The dotted paths a template reads from its scope, found statically: `parsed_event.result.ip`,
// `a['b']` as `a.b`, `d.get('k')` as `d.k`; names the template binds itself (set, for, loop) are not reads.
import type { CallArgs, Expr, Stmt, Target } from './ast'
import { GLOBAL_NAMES } from './globals'

type Bound = ReadonlySet<string>

class Collector {
  readonly found = new Set<string>()

  /** The path of a name/attribute/constant-key chain rooted at a scope name, or null. */
  private path(e: Expr, bound: Bound): string | null {
    if (e.kind === 'name') return bound.has(e.name) ? null : e.name
    if (e.kind === 'getattr') {
      const base = this.path(e.obj, bound)
      return base === null ? null : `${base}.${e.attr}`
    }
    if (e.kind === 'getitem' && e.key.kind === 'const' && typeof e.key.value === 'string') {
      const base = this.path(e.obj, bound)
      return base === null ? null : `${base}.${e.key.value}`
    }
    return null
  }

  private isChain(e: Expr): boolean {
    if (e.kind === 'name') return true
    if (e.kind === 'getattr') return this.isChain(e.obj)
    if (e.kind === 'getitem')
      return e.key.kind === 'const' && typeof e.key.value === 'string' && this.isChain(e.obj)
    return false
  }

  expr(e: Expr | null, bound: Bound): void {
    if (!e) return
    if (this.isChain(e)) {
      const p = this.path(e, bound)
      if (p !== null) this.found.add(p)
      return
    }
    switch (e.kind) {
      case 'getattr':
        this.expr(e.obj, bound)
        break
      case 'getitem':
        this.expr(e.obj, bound)
        this.expr(e.key, bound)
        break
      case 'slice':
        for (const part of [e.obj, e.start, e.stop, e.step]) this.expr(part, bound)
        break
      case 'call':
        this.call(e.callee, e.call, bound)
        break
      case 'filter':
      case 'test':
        this.expr(e.node, bound)
        this.args(e.call, bound)
        break
      case 'list':
      case 'tuple':
        for (const item of e.items) this.expr(item, bound)
        break
      case 'dict':
        for (const { key, value } of e.pairs) {
          this.expr(key, bound)
          this.expr(value, bound)
        }
        break
      case 'neg':
      case 'pos':
      case 'not':
        this.expr(e.operand, bound)
        break
      case 'binary':
      case 'and':
      case 'or':
        this.expr(e.left, bound)
        this.expr(e.right, bound)
        break
      case 'concat':
        for (const part of e.parts) this.expr(part, bound)
        break
      case 'compare':
        this.expr(e.first, bound)
        for (const { operand } of e.ops) this.expr(operand, bound)
        break
      case 'cond':
        this.expr(e.test, bound)
        this.expr(e.ifTrue, bound)
        this.expr(e.ifFalse, bound)
        break
    }
  }

  private args(call: CallArgs, bound: Bound): void {
    for (const a of call.args) this.expr(a, bound)
    for (const k of call.kwargs) this.expr(k.value, bound)
    this.expr(call.star, bound)
    this.expr(call.starstar, bound)
  }

  /** A method call reads its object, not a field named after the method; `.get('k')` reads field k. */
  private call(callee: Expr, call: CallArgs, bound: Bound): void {
    if (callee.kind === 'getattr') {
      const key = call.args[0]
      const base = this.isChain(callee.obj) ? this.path(callee.obj, bound) : null
      if (
        callee.attr === 'get' &&
        base !== null &&
        key?.kind === 'const' &&
        typeof key.value === 'string'
      ) {
        this.found.add(`${base}.${key.value}`)
      } else this.expr(callee.obj, bound)
    } else if (!(callee.kind === 'name' && GLOBAL_NAMES.has(callee.name))) this.expr(callee, bound)
    this.args(call, bound)
  }

  body(stmts: readonly Stmt[], outer: Bound): void {
    const bound = new Set(outer)
    for (const s of stmts) {
      switch (s.kind) {
        case 'output':
          for (const p of s.parts) if (typeof p !== 'string') this.expr(p, bound)
          break
        case 'if':
          for (const b of s.branches) {
            this.expr(b.test, bound)
            this.body(b.body, bound)
          }
          this.body(s.otherwise, bound)
          break
        case 'for': {
          this.expr(s.iter, bound)
          const inner = new Set(bound)
          bindTarget(s.target, inner)
          this.expr(s.filter, inner)
          inner.add('loop')
          this.body(s.body, inner)
          this.body(s.otherwise, bound)
          break
        }
        case 'set':
          this.expr(s.value, bound)
          this.target(s.target, bound)
          break
        case 'setblock':
          this.body(s.body, bound)
          this.expr(s.filter, bound)
          this.target(s.target, bound)
          break
      }
    }
  }

  private target(t: Target, bound: Set<string>): void {
    if (t.kind === 'nsref' && !bound.has(t.name)) this.found.add(t.name)
    bindTarget(t, bound)
  }
}

function bindTarget(t: Target, bound: Set<string>): void {
  if (t.kind === 'name') bound.add(t.name)
  else if (t.kind === 'tuple') for (const item of t.items) bindTarget(item, bound)
}

export function collectReferences(body: readonly Stmt[]): string[] {
  const c = new Collector()
  c.body(body, new Set())
  return [...c.found]
}

// Name resolution while rendering: loop bodies get their own frame (a `set` inside a loop does not leak
// out, and each iteration starts afresh from the enclosing values), then the caller's scope, then globals.
import type { Value } from '../types'
import { fromValue } from './convert'
import { lookupGlobal } from './globals'
import { type PyValue, Undefined } from './values'

export type Scope = Readonly<Record<string, Value | undefined>>

/** The caller's scope and Jinja2's globals, below every frame. */
export function resolveGlobal(scope: Scope, name: string): PyValue {
  if (Object.hasOwn(scope, name)) {
    const v = scope[name]
    if (v !== undefined) return fromValue(v)
  }
  return lookupGlobal(name) ?? new Undefined(`'${name}' is undefined`)
}

export class Frame {
  private vars: Map<string, PyValue> | null = null

  constructor(
    readonly scope: Scope,
    private readonly parent: Frame | null = null,
  ) {}

  lookup(name: string): PyValue {
    for (let f: Frame | null = this; f; f = f.parent) {
      const v = f.vars?.get(name)
      if (v !== undefined) return v
    }
    return resolveGlobal(this.scope, name)
  }

  assign(name: string, value: PyValue): void {
    if (!this.vars) this.vars = new Map()
    this.vars.set(name, value)
  }

  child(): Frame {
    return new Frame(this.scope, this)
  }
}

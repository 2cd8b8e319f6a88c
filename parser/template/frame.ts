// Name resolution while rendering: loop bodies get their own frame (a `set` inside a loop does not leak
// out, and each iteration starts afresh from the enclosing values), then the caller's scope, then globals.
import type { Value } from '../types'
import { fromValue } from './convert'
import { lookupGlobal } from './globals'
import { type PyValue, Undefined } from './values'

export type Scope = Readonly<Record<string, Value | undefined>>

/** The caller's scope and Jinja2's globals, below every frame; a name reads as the same value all render long. */
export class RootScope {
  private readonly resolved = new Map<string, PyValue>()

  constructor(private readonly scope: Scope) {}

  resolve(name: string): PyValue {
    const known = this.resolved.get(name)
    if (known !== undefined) return known
    const v = Object.hasOwn(this.scope, name) ? this.scope[name] : undefined
    const value =
      v !== undefined
        ? fromValue(v)
        : (lookupGlobal(name) ?? new Undefined(`'${name}' is undefined`))
    this.resolved.set(name, value)
    return value
  }
}

export class Frame {
  private vars: Map<string, PyValue> | null = null

  constructor(
    readonly root: RootScope,
    private readonly parent: Frame | null = null,
  ) {}

  lookup(name: string): PyValue {
    for (let f: Frame | null = this; f; f = f.parent) {
      const v = f.vars?.get(name)
      if (v !== undefined) return v
    }
    return this.root.resolve(name)
  }

  assign(name: string, value: PyValue): void {
    if (!this.vars) this.vars = new Map()
    this.vars.set(name, value)
  }

  child(): Frame {
    return new Frame(this.root, this)
  }
}

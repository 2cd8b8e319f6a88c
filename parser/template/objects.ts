// Python objects other than plain data: bound methods, dict views, range, namespace.
import type { PyDict } from './dict'
import { TemplateRuntimeError } from './errors'
import { pyRepr } from './repr'
import { type Kwargs, PyObject, PyTuple, type PyValue, typeName } from './values'

export class BoundMethod extends PyObject {
  readonly typeName = 'builtin_function_or_method'
  constructor(
    private readonly self: PyValue,
    private readonly name: string,
    private readonly run: (
      self: PyValue,
      name: string,
      args: readonly PyValue[],
      kwargs: Kwargs,
    ) => PyValue,
  ) {
    super()
  }
  repr(): string {
    return `<built-in method ${this.name} of ${typeName(this.self)} object>`
  }
  override call(args: readonly PyValue[], kwargs: Kwargs): PyValue {
    return this.run(this.self, this.name, args, kwargs)
  }
}

/** A builtin function such as range() or dict(). */
export class BuiltinFunction extends PyObject {
  readonly typeName = 'builtin_function_or_method'
  constructor(
    private readonly name: string,
    private readonly run: (args: readonly PyValue[], kwargs: Kwargs) => PyValue,
  ) {
    super()
  }
  repr(): string {
    return `<built-in function ${this.name}>`
  }
  override call(args: readonly PyValue[], kwargs: Kwargs): PyValue {
    return this.run(args, kwargs)
  }
}

export type ViewKind = 'dict_keys' | 'dict_values' | 'dict_items'

/** dict.keys()/values()/items(): live, iterable, sized, and printed as `dict_items([('a', 1)])`. */
export class DictView extends PyObject {
  constructor(
    readonly typeName: ViewKind,
    private readonly dict: PyDict,
  ) {
    super()
  }
  override iterate(): PyValue[] {
    if (this.typeName === 'dict_keys') return this.dict.keys()
    if (this.typeName === 'dict_values') return this.dict.values()
    return this.dict.items().map((pair) => new PyTuple(pair))
  }
  override size(): number {
    return this.dict.size
  }
  repr(): string {
    return `${this.typeName}(${pyRepr(this.iterate())})`
  }
}

const MAX_RANGE_ITEMS = 10_000_000

/** range(): arithmetic, printed as `range(0, 3)`; materialised only when iterated. */
export class PyRange extends PyObject {
  readonly typeName = 'range'
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super()
  }
  override size(): number {
    const span = this.step > 0 ? this.stop - this.start : this.start - this.stop
    return span <= 0 ? 0 : Math.ceil(span / Math.abs(this.step))
  }
  override iterate(): PyValue[] {
    const n = this.size()
    if (n > MAX_RANGE_ITEMS)
      throw new TemplateRuntimeError(`range of ${n} items is too large to iterate here`)
    const out: PyValue[] = []
    for (let i = 0; i < n; i++) out.push(this.start + i * this.step)
    return out
  }
  repr(): string {
    const step = this.step === 1 ? '' : `, ${this.step}`
    return `range(${this.start}, ${this.stop}${step})`
  }
}

/** Jinja2's namespace(): the one object a `{% set ns.attr = … %}` may write to, so it survives loop scopes. */
export class Namespace extends PyObject {
  readonly typeName = 'Namespace'
  constructor(readonly attrs: PyDict) {
    super()
  }
  override getAttr(name: string): PyValue | undefined {
    return this.attrs.get(name)
  }
  repr(): string {
    return `<Namespace ${pyRepr(this.attrs)}>`
  }
}

// Jinja2's `loop` variable inside a for loop.
import { eq } from './compare'
import { typeError } from './errors'
import { BuiltinFunction } from './objects'
import { PyObject, PyTuple, type PyValue, Undefined } from './values'

export class LoopContext extends PyObject {
  readonly typeName = 'LoopContext'
  index0 = 0
  private lastChanged: PyValue | undefined

  constructor(private readonly items: readonly PyValue[]) {
    super()
  }

  override getAttr(name: string): PyValue | undefined {
    const n = this.items.length
    const i = this.index0
    switch (name) {
      case 'index0':
        return i
      case 'index':
        return i + 1
      case 'revindex':
        return n - i
      case 'revindex0':
        return n - i - 1
      case 'first':
        return i === 0
      case 'last':
        return i === n - 1
      case 'length':
        return n
      case 'depth':
        return 1
      case 'depth0':
        return 0
      case 'previtem':
        return i > 0 ? (this.items[i - 1] as PyValue) : new Undefined('there is no previous item')
      case 'nextitem':
        return i < n - 1 ? (this.items[i + 1] as PyValue) : new Undefined('there is no next item')
      case 'cycle':
        return new BuiltinFunction('cycle', (args) => {
          if (args.length === 0) throw typeError('no items for cycling given')
          return args[i % args.length] as PyValue
        })
      case 'changed':
        return new BuiltinFunction('changed', (args) => {
          const value = new PyTuple(args)
          if (this.lastChanged !== undefined && eq(this.lastChanged, value)) return false
          this.lastChanged = value
          return true
        })
    }
    return undefined
  }

  repr(): string {
    return `<LoopContext ${this.index0 + 1}/${this.items.length}>`
  }
}

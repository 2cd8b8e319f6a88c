// The fields of an event as a tree whose nodes know, once and for all, their dotted name and how
// casting treats them: walking an event then costs one Map lookup per key, with no dotted names
// built or looked up on every line.

import type { FieldType, FieldTypes } from './fieldTypes'
import { type ScalarCaster, scalarCaster } from './scalar'

export class FieldNode {
  private readonly children = new Map<string, FieldNode>()
  /** Undefined for a field neither ECS nor the format knows: it is kept as written. */
  readonly type: FieldType | undefined
  readonly isArray: boolean
  /** How one value of the field is cast; null when its type has no rule and values stay as set. */
  readonly cast: ScalarCaster | null

  private constructor(
    readonly name: string,
    private readonly types: FieldTypes,
  ) {
    this.type = name === '' ? undefined : types.typeOf(name)
    this.isArray = name !== '' && types.isArray(name)
    this.cast = this.type === undefined ? null : scalarCaster(this.type)
  }

  /** The root of an event's fields, typed by `types`. */
  static root(types: FieldTypes): FieldNode {
    return new FieldNode('', types)
  }

  // Event keys come from the parser definition (set and translate targets, keys of constant
  // objects) and from post-processing, so the tree stays as small as the definition.
  child(key: string): FieldNode {
    let node = this.children.get(key)
    if (node === undefined) {
      node = new FieldNode(this.name === '' ? key : `${this.name}.${key}`, this.types)
      this.children.set(key, node)
    }
    return node
  }
}

// The fields of an event as a tree whose nodes know, once and for all, their dotted name and how
// casting treats them: walking an event then costs one lookup per key, with no dotted names
// built or looked up on every line.

import type { FieldType, FieldTypes } from './fieldTypes'
import type { FieldPath } from './paths'
import { type ScalarCaster, scalarCaster } from './scalar'

/**
 * A node is also the FieldPath of its field: the pipeline writes through the nodes of its targets,
 * so the names it records sources under are the very strings the final walk looks up.
 */
export class FieldNode implements FieldPath {
  // A prototype-less object, not a Map: the walks look up keys that for…in gives, and V8 finds
  // those in such a dictionary faster (-3% parse); no inherited name can answer for a child.
  private readonly children: Record<string, FieldNode | undefined> = Object.create(null)
  /** Nodes found by dotted name, as post-processing names the fields it derives on every line. */
  private dotted: Map<string, FieldNode> | null = null
  /** The node's number in its tree, from 0 up: per-line state about fields can sit in an array. */
  readonly id: number
  /** Undefined for a field neither ECS nor the format knows: it is kept as written. */
  readonly type: FieldType | undefined
  readonly isArray: boolean
  /** How one value of the field is cast; null when its type has no rule and values stay as set. */
  readonly cast: ScalarCaster | null

  private constructor(
    readonly name: string,
    readonly keys: readonly string[],
    private readonly types: FieldTypes,
    /** The object field this one is a key of; null for the root. */
    readonly parent: FieldNode | null,
    private readonly tree: { size: number },
  ) {
    this.id = tree.size++
    this.type = name === '' ? undefined : types.typeOf(name)
    this.isArray = name !== '' && types.isArray(name)
    this.cast = this.type === undefined ? null : scalarCaster(this.type)
  }

  /** The root of an event's fields, typed by `types`. */
  static root(types: FieldTypes): FieldNode {
    return new FieldNode('', [], types, null, { size: 0 })
  }

  /** How many nodes this node's tree holds so far: every id is below it. */
  get treeSize(): number {
    return this.tree.size
  }

  // Event keys come from the parser definition (set and translate targets, keys of constant
  // objects) and from post-processing, so the tree stays as small as the definition.
  child(key: string): FieldNode {
    let node = this.children[key]
    if (node === undefined) {
      const name = this.name === '' ? key : `${this.name}.${key}`
      node = new FieldNode(name, [...this.keys, key], this.types, this, this.tree)
      this.children[key] = node
    }
    return node
  }

  /** The node of a dotted field under this one. */
  at(field: string): FieldNode {
    let node = this.dotted?.get(field)
    if (node === undefined) {
      node = this
      for (const key of field.split('.')) node = node.child(key)
      this.dotted ??= new Map()
      this.dotted.set(field, node)
    }
    return node
  }
}

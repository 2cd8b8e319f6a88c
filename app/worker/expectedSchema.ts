// The JSON schema Monaco validates a user sample's expected event against: the fields ECS and the
// format's fields.yml define, nested as the event is, so a typo or a wrong type shows as you type.

/** The subset of JSON Schema the expected event's schema uses. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean'
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean
  items?: JsonSchema
  enum?: string[]
  description?: string
}

/** What the schema needs of a field: ECS's `EcsFlat` entries have this shape, fields.yml's a part of it. */
export interface SchemaField {
  type: string
  description?: string
  normalize?: readonly string[]
  allowed_values?: readonly { name: string }[]
}

const LEAF_TYPES: Readonly<Record<string, JsonSchema['type']>> = {
  keyword: 'string',
  constant_keyword: 'string',
  wildcard: 'string',
  match_only_text: 'string',
  text: 'string',
  ip: 'string',
  date: 'string',
  long: 'integer',
  integer: 'integer',
  short: 'integer',
  byte: 'integer',
  unsigned_long: 'integer',
  float: 'number',
  half_float: 'number',
  double: 'number',
  scaled_float: 'number',
  number: 'number',
  boolean: 'boolean',
}

// Types whose values are free-form objects: whatever sits under them is accepted.
const OPEN_TYPES = new Set(['object', 'flattened', 'nested'])

interface Node {
  field: SchemaField | null
  children: Map<string, Node>
}

const newNode = (): Node => ({ field: null, children: new Map() })

function leafSchema(field: SchemaField): JsonSchema {
  const type = LEAF_TYPES[field.type]
  // A type we cannot map (geo_point, …) is left unconstrained rather than flagged falsely.
  const element: JsonSchema = type ? { type } : {}
  const allowed = field.allowed_values?.map((value) => value.name)
  if (allowed && allowed.length > 0) element.enum = allowed
  if (field.description) element.description = field.description
  if (!field.normalize?.includes('array')) return element
  return { type: 'array', items: element, description: field.description }
}

function nodeSchema(node: Node): JsonSchema {
  if (node.children.size === 0) return node.field ? leafSchema(node.field) : {}
  const properties: Record<string, JsonSchema> = {}
  for (const [name, child] of node.children) properties[name] = nodeSchema(child)
  const open = node.field !== null && OPEN_TYPES.has(node.field.type)
  return open
    ? { type: 'object', properties }
    : { type: 'object', properties, additionalProperties: false }
}

/**
 * The schema of an expected event whose fields are `ecs`'s and `own` (the format's, which win on a
 * name both define). `message`, the sample's input, is allowed at the top though neither has it.
 */
export function expectedEventSchema(
  ecs: Readonly<Record<string, SchemaField>>,
  own: Readonly<Record<string, SchemaField>>,
): JsonSchema {
  const root = newNode()
  for (const [name, field] of [...Object.entries(ecs), ...Object.entries(own)]) {
    let node = root
    for (const part of name.split('.')) {
      let child = node.children.get(part)
      if (!child) {
        child = newNode()
        node.children.set(part, child)
      }
      node = child
    }
    // fields.yml says nothing of array-ness or allowed values, so ECS's stay on a field it retypes.
    node.field = node.field ? { ...node.field, ...field } : field
  }
  const schema = nodeSchema(root)
  return { ...schema, properties: { ...schema.properties, message: { type: 'string' } } }
}

// Where a field's type comes from: the format's own fields.yml first, then ECS.
import { EcsFlat } from '@elastic/ecs'

/** An Elasticsearch mapping type ('long', 'keyword', 'ip', …) or intake-formats' own 'number'. */
export type FieldType = string

export interface FieldTypes {
  typeOf(field: string): FieldType | undefined
  /** ECS marks multi-valued fields (`event.category`, `related.ip`, …) with `normalize: ['array']`. */
  isArray(field: string): boolean
  description(field: string): string | undefined
}

interface EcsFieldSpec {
  type: string
  normalize: readonly string[]
  description: string
}

const ecsFields: Readonly<Record<string, EcsFieldSpec>> = EcsFlat

export function fieldTypes(
  formatFields: Readonly<Record<string, { type: string; description?: string }>>,
): FieldTypes {
  const own = (field: string) =>
    Object.hasOwn(formatFields, field) ? formatFields[field] : undefined
  const ecs = (field: string) => (Object.hasOwn(ecsFields, field) ? ecsFields[field] : undefined)
  return {
    typeOf: (field) => own(field)?.type ?? ecs(field)?.type,
    // fields.yml has no notion of multi-valued fields, so array-ness is ECS's alone.
    isArray: (field) => ecs(field)?.normalize.includes('array') ?? false,
    description: (field) => {
      const entry = own(field)
      return entry !== undefined ? entry.description : ecs(field)?.description
    },
  }
}

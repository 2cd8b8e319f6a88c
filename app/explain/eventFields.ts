import type { EcsEvent, Value } from '../../parser/types'

/** A leaf of the event: its dotted name and its value as the user reads it. */
export interface EventField {
  field: string
  value: string
}

const show = (value: Value): string =>
  Array.isArray(value)
    ? value.map(show).join(', ')
    : typeof value === 'object' && value !== null
      ? JSON.stringify(value)
      : String(value)

/** Every leaf field of the event, in document order; arrays are values, not branches. */
export function eventFields(event: EcsEvent): EventField[] {
  const fields: EventField[] = []
  const walk = (object: { [key: string]: Value }, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      const field = prefix === '' ? key : `${prefix}.${key}`
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) walk(value, field)
      else fields.push({ field, value: show(value) })
    }
  }
  walk(event, '')
  return fields
}

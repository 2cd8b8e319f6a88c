// What filters and tests may ask of the engine: other filters and tests by name (map, select, `is filter`).
import type { Kwargs, PyValue } from './values'

export interface Environment {
  hasFilter(name: string): boolean
  hasTest(name: string): boolean
  /** Jinja2's call_filter/call_test: an unknown name raises TemplateRuntimeError. */
  callFilter(name: PyValue, value: PyValue, args: readonly PyValue[], kwargs: Kwargs): PyValue
  callTest(name: PyValue, value: PyValue, args: readonly PyValue[], kwargs: Kwargs): boolean
}

export type Filter = (
  value: PyValue,
  args: readonly PyValue[],
  kwargs: Kwargs,
  env: Environment,
) => PyValue
export type Test = (
  value: PyValue,
  args: readonly PyValue[],
  kwargs: Kwargs,
  env: Environment,
) => boolean

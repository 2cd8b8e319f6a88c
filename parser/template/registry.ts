// The engine's environment: its filter and test tables, looked up by name at run time (map, select, `is filter`).
import type { Environment } from './environment'
import { TemplateRuntimeError } from './errors'
import { FILTERS } from './filters'
import { TESTS } from './predicates'
import { toStr } from './repr'
import { type Kwargs, type PyValue, Undefined } from './values'

function lookup<T>(table: ReadonlyMap<string, T>, kind: 'filter' | 'test', name: PyValue): T {
  const found = typeof name === 'string' ? table.get(name) : undefined
  if (found) return found
  const hint =
    name instanceof Undefined ? ` (${name.hint}; did you forget to quote the callable name?)` : ''
  throw new TemplateRuntimeError(`No ${kind} named '${toStr(name)}'.${hint}`)
}

export const ENVIRONMENT: Environment = {
  hasFilter: (name) => FILTERS.has(name),
  hasTest: (name) => TESTS.has(name),
  callFilter: (name: PyValue, value: PyValue, args: readonly PyValue[], kwargs: Kwargs) =>
    lookup(FILTERS, 'filter', name)(value, args, kwargs, ENVIRONMENT),
  callTest: (name: PyValue, value: PyValue, args: readonly PyValue[], kwargs: Kwargs) =>
    lookup(TESTS, 'test', name)(value, args, kwargs, ENVIRONMENT),
}

/** The filter and test names the engine implements, as plain data: the editor offers them. */
export const FILTER_NAMES: readonly string[] = [...FILTERS.keys()]
export const TEST_NAMES: readonly string[] = [...TESTS.keys()]

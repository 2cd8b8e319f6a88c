// Declaring a filter with a Python signature, so that arguments bind and fail the way Python's do.
import { bind, type Signature } from './args'
import type { Environment, Filter } from './environment'
import type { Kwargs, PyValue } from './values'

export type Bound = (PyValue | undefined)[]

/** `params` are the filter's arguments after the filtered value; missing optional ones arrive as undefined. */
export function defineFilter(
  name: string,
  params: readonly string[],
  run: (value: PyValue, args: Bound, env: Environment, kwargs: Kwargs) => PyValue,
  options: { required?: number; extraKeywords?: boolean } = {},
): [string, Filter] {
  const sig: Signature = {
    name: `do_${name}`,
    params,
    required: options.required ?? 0,
    extraKeywords: options.extraKeywords ?? false,
  }
  return [name, (value, args, kwargs, env) => run(value, bind(sig, args, kwargs), env, kwargs)]
}

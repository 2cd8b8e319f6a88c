// Binding call arguments the way Python binds them to a builtin's parameters.
import { typeError } from './errors'
import type { Kwargs, PyValue } from './values'

export interface Signature {
  /** The function's name as Python error messages print it. */
  readonly name: string
  readonly params: readonly string[]
  /** How many leading parameters are required. */
  readonly required: number
  /** Builtin methods written in C take positional arguments only. */
  readonly positionalOnly?: boolean
  /** Accepts any other keyword (Python's **kwargs); the function reads them itself. */
  readonly extraKeywords?: boolean
}

/** The arguments aligned with `sig.params`; `undefined` where an optional one was not given. */
export function bind(
  sig: Signature,
  args: readonly PyValue[],
  kwargs: Kwargs,
): (PyValue | undefined)[] {
  if (args.length > sig.params.length) {
    throw typeError(
      `${sig.name}() takes at most ${sig.params.length} argument${sig.params.length === 1 ? '' : 's'} (${args.length} given)`,
    )
  }
  const bound: (PyValue | undefined)[] = sig.params.map((_, i) => args[i])
  if (kwargs.size > 0 && sig.positionalOnly)
    throw typeError(`${sig.name}() takes no keyword arguments`)
  for (const [key, value] of kwargs) {
    const i = sig.params.indexOf(key)
    if (i < 0 && sig.extraKeywords) continue
    if (i < 0) throw typeError(`${sig.name}() got an unexpected keyword argument '${key}'`)
    if (bound[i] !== undefined)
      throw typeError(`${sig.name}() got multiple values for argument '${key}'`)
    bound[i] = value
  }
  for (let i = 0; i < sig.required; i++) {
    if (bound[i] === undefined)
      throw typeError(`${sig.name}() missing required argument '${sig.params[i]}'`)
  }
  return bound
}

export const NO_KWARGS: Kwargs = new Map()

// The names Jinja2 provides to every template (its DEFAULT_NAMESPACE): range, dict, namespace…
import { updateDict } from './collmethods'
import { PyDict } from './dict'
import { TemplateRuntimeError, typeError, valueError } from './errors'
import { BuiltinFunction, Namespace, PyRange } from './objects'
import { needIndex } from './protocol'
import type { Kwargs, PyValue } from './values'

function range(args: readonly PyValue[], kwargs: Kwargs): PyValue {
  if (kwargs.size > 0) throw typeError('range() takes no keyword arguments')
  if (args.length < 1 || args.length > 3) {
    throw typeError(`range expected at most 3 arguments, got ${args.length}`)
  }
  const n = args.map(needIndex)
  const [start, stop, step] = n.length === 1 ? [0, n[0] ?? 0, 1] : [n[0] ?? 0, n[1] ?? 0, n[2] ?? 1]
  if (step === 0) throw valueError('range() arg 3 must not be zero')
  return new PyRange(start, stop, step)
}

/** Python's dict(mapping_or_pairs, **kwargs). */
function dictOf(args: readonly PyValue[], kwargs: Kwargs): PyDict {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`)
  const d = PyDict.empty()
  updateDict(d, args[0], kwargs)
  return d
}

const unsupported = (name: string): BuiltinFunction =>
  new BuiltinFunction(name, () => {
    throw new TemplateRuntimeError(`${name}() is not supported by this template engine`)
  })

const GLOBALS = new Map<string, PyValue>([
  ['range', new BuiltinFunction('range', range)],
  ['dict', new BuiltinFunction('dict', dictOf)],
  [
    'namespace',
    new BuiltinFunction('namespace', (args, kwargs) => new Namespace(dictOf(args, kwargs))),
  ],
  ['lipsum', unsupported('lipsum')],
  ['cycler', unsupported('cycler')],
  ['joiner', unsupported('joiner')],
])

export const GLOBAL_NAMES: ReadonlySet<string> = new Set(GLOBALS.keys())

export const lookupGlobal = (name: string): PyValue | undefined => GLOBALS.get(name)

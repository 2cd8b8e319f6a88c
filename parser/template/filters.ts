// The filter table: Jinja2's builtin filters this engine implements, plus the platform's strip, basename and
// dirname. Conversions (int, float, round, abs, default, length, tojson) live here; the rest by family.
import { absolute } from './arithmetic'
import { type Bound, defineFilter } from './define'
import { PyDict } from './dict'
import type { Filter } from './environment'
import { PythonError, TemplateRuntimeError, typeError, UndefinedError } from './errors'
import {
  intToFloat,
  numeric,
  parseFloatText,
  parseIntText,
  roundFloat,
  roundInt,
  truncToInt,
} from './numbers'
import { printf } from './printf'
import { len, truthy } from './protocol'
import { toStr } from './repr'
import { SEQUENCE_FILTERS } from './seqfilters'
import { STRING_FILTERS } from './strfilters'
import { toJson } from './tojson'
import { isInt, PyFloat, PyTuple, type PyValue, Undefined } from './values'

/** Python int(value) for a non-string: None, lists and the like are TypeError (null here). */
function intOf(value: PyValue): PyValue | null {
  if (value instanceof Undefined) throw new UndefinedError(value.hint)
  const n = numeric(value)
  if (!n) return null
  return n.kind === 'int' ? n.value : truncToInt(n.value)
}

/** Jinja2's int filter: int(value, base) for strings, int(value) otherwise, then int(float(value)), else default. */
function toInt(value: PyValue, [dflt, base]: Bound): PyValue {
  const fallback = dflt === undefined ? 0 : dflt
  if (typeof value === 'string') {
    const b = base === undefined ? 10 : base
    const parsed = typeof b === 'number' ? parseIntText(value, b) : null
    if (parsed !== null) return parsed
    const f = parseFloatText(value)
    return f === null || !Number.isFinite(f) ? fallback : truncToInt(f)
  }
  try {
    return intOf(value) ?? fallback
  } catch (e) {
    // int(nan) is a ValueError, which the filter turns into the default; int(inf) overflows and propagates.
    if (e instanceof PythonError && e.pythonType === 'ValueError') return fallback
    throw e
  }
}

function toFloat(value: PyValue, [dflt]: Bound): PyValue {
  const fallback = dflt === undefined ? new PyFloat(0) : dflt
  if (value instanceof Undefined) throw new UndefinedError(value.hint)
  if (typeof value === 'string') {
    const f = parseFloatText(value)
    return f === null ? fallback : new PyFloat(f)
  }
  const n = numeric(value)
  if (!n) return fallback
  return new PyFloat(n.kind === 'float' ? n.value : intToFloat(n.value))
}

function round(value: PyValue, [precisionArg, methodArg]: Bound): PyValue {
  const method = methodArg === undefined ? 'common' : methodArg
  if (method !== 'common' && method !== 'ceil' && method !== 'floor') {
    throw typeError('method must be common, ceil or floor')
  }
  const precision = precisionArg === undefined ? 0 : precisionArg
  if (!isInt(precision) && typeof precision !== 'boolean') {
    throw typeError(`'${typeof precision}' object cannot be interpreted as an integer`)
  }
  const digits = Number(precision)
  const n = numeric(value)
  if (!n) throw typeError('type does not define __round__ method')
  if (method === 'common') {
    return n.kind === 'int' ? roundInt(n.value, digits) : new PyFloat(roundFloat(n.value, digits))
  }
  const scale = 10 ** digits
  const x = (n.kind === 'float' ? n.value : intToFloat(n.value)) * scale
  const rounded = method === 'ceil' ? Math.ceil(x) : Math.floor(x)
  if (!Number.isFinite(rounded)) throw typeError('cannot convert float infinity to integer')
  return new PyFloat(rounded / scale)
}

/** Jinja2's format: str(value) % args, or % kwargs as a mapping; not both. */
const formatFilter: Filter = (value, args, kwargs) => {
  if (args.length > 0 && kwargs.size > 0) {
    throw new TemplateRuntimeError("can't handle positional and keyword arguments at the same time")
  }
  return printf(toStr(value), kwargs.size > 0 ? PyDict.fromPairs(kwargs) : new PyTuple(args))
}

/** Only Undefined takes the default (None does not), unless `boolean` asks for any falsy value. */
const withDefault = (value: PyValue, [dflt, boolean]: Bound): PyValue =>
  value instanceof Undefined || (boolean !== undefined && truthy(boolean) && !truthy(value))
    ? (dflt ?? '')
    : value

export const FILTERS: ReadonlyMap<string, Filter> = new Map<string, Filter>([
  ...STRING_FILTERS,
  ...SEQUENCE_FILTERS,
  defineFilter('int', ['default', 'base'], toInt),
  defineFilter('float', ['default'], toFloat),
  defineFilter('round', ['precision', 'method'], round),
  defineFilter('abs', [], (v) => absolute(v)),
  defineFilter('length', [], (v) => len(v)),
  defineFilter('count', [], (v) => len(v)),
  defineFilter('default', ['default_value', 'boolean'], withDefault),
  defineFilter('d', ['default_value', 'boolean'], withDefault),
  defineFilter('tojson', ['indent'], (v, [indent]) => toJson(v, indent ?? null)),
  ['format', formatFilter],
])

/** Jinja2 filters that exist but are not implemented here: a template using one is refused, not misread. */
export const UNSUPPORTED_FILTERS: ReadonlySet<string> = new Set([
  'attr',
  'batch',
  'e',
  'escape',
  'filesizeformat',
  'forceescape',
  'groupby',
  'indent',
  'pprint',
  'random',
  'safe',
  'slice',
  'striptags',
  'urlencode',
  'urlize',
  'wordwrap',
  'xmlattr',
])

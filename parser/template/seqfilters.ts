// Jinja2's filters over sequences: first, last, join, sort, unique, min/max, sum, map, select/reject…
// Where Jinja2 returns a generator (map, select, unique, reverse) this engine returns the list it would yield.

import { jinjaGetItem } from './access'
import { binary } from './arithmetic'
import { order } from './compare'
import { type Bound, defineFilter } from './define'
import { hashKey, PyDict } from './dict'
import type { Environment, Filter } from './environment'
import { TemplateRuntimeError, typeError } from './errors'
import { iterate, truthy } from './protocol'
import { toStr } from './repr'
import { type Kwargs, PyTuple, type PyValue, Undefined } from './values'

type Getter = (item: PyValue) => PyValue

const lowerStrings = (v: PyValue): PyValue => (typeof v === 'string' ? v.toLowerCase() : v)

/** Jinja2's make_attrgetter: "a.b.0" looks up a, then b, then item 0, each the way `x[key]` does. */
function attrGetter(
  attribute: PyValue | undefined,
  postprocess: Getter | null,
  fallback: PyValue | null = null,
): Getter {
  const parts: PyValue[] =
    attribute === undefined || attribute === null
      ? []
      : typeof attribute === 'string'
        ? attribute.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
        : [attribute]
  return (item) => {
    let v = item
    for (const part of parts) {
      v = jinjaGetItem(v, part)
      if (fallback !== null && v instanceof Undefined) v = fallback
    }
    return postprocess ? postprocess(v) : v
  }
}

/** sort(attribute="age,name") sorts by several keys. */
function multiGetter(attribute: PyValue | undefined, postprocess: Getter | null): Getter {
  if (typeof attribute !== 'string' || !attribute.includes(','))
    return attrGetter(attribute, postprocess)
  const getters = attribute.split(',').map((a) => attrGetter(a, postprocess))
  return (item) => getters.map((g) => g(item))
}

const caseFold = (caseSensitive: PyValue | undefined): Getter | null =>
  caseSensitive !== undefined && truthy(caseSensitive) ? null : lowerStrings

/** Python's sorted(key=...): stable, comparing keys with <, reverse keeping equal items in order. */
function sortBy(items: PyValue[], key: Getter, reverse: boolean): PyValue[] {
  const keyed = items.map((item) => ({ item, key: key(item) }))
  const lt = (a: PyValue, b: PyValue): boolean => order(a, b, '<') < 0
  keyed.sort((a, b) => {
    const [x, y] = reverse ? [b.key, a.key] : [a.key, b.key]
    return lt(x, y) ? -1 : lt(y, x) ? 1 : 0
  })
  return keyed.map((k) => k.item)
}

function minMax(value: PyValue, [caseSensitive, attribute]: Bound, op: '<' | '>'): PyValue {
  const items = iterate(value)
  if (items.length === 0) return new Undefined('No aggregated item, sequence was empty.')
  const key = attrGetter(attribute, caseFold(caseSensitive))
  let best = items[0] as PyValue
  let bestKey = key(best)
  for (const item of items.slice(1)) {
    const k = key(item)
    const c = order(k, bestKey, op)
    if (op === '<' ? c < 0 : c > 0) {
      best = item
      bestKey = k
    }
  }
  return best
}

function unique(value: PyValue, [caseSensitive, attribute]: Bound): PyValue[] {
  const key = attrGetter(attribute, caseFold(caseSensitive))
  const seen = new Set<string>()
  return iterate(value).filter((item) => {
    const h = hashKey(key(item))
    if (seen.has(h)) return false
    seen.add(h)
    return true
  })
}

/** map(attribute=...) or map('filter', args...). */
function mapFilter(
  value: PyValue,
  args: readonly PyValue[],
  kwargs: Kwargs,
  env: Environment,
): PyValue[] {
  // Jinja2 checks `if value:` first, so None or 0 map to nothing instead of failing.
  if (!truthy(value)) return []
  const items = iterate(value)
  if (args.length === 0 && kwargs.has('attribute')) {
    const extra = [...kwargs.keys()].find((k) => k !== 'attribute' && k !== 'default')
    if (extra) throw new TemplateRuntimeError(`Unexpected keyword argument '${extra}'`)
    const get = attrGetter(kwargs.get('attribute'), null, kwargs.get('default') ?? null)
    return items.map(get)
  }
  const [name, ...rest] = args
  if (name === undefined) throw new TemplateRuntimeError('map requires a filter argument')
  return items.map((item) => env.callFilter(name, item, rest, kwargs))
}

/** select/reject and selectattr/rejectattr: keep the items whose (attribute's) test result is `keep`. */
function selectFilter(lookupAttr: boolean, keep: boolean): Filter {
  return (value, args, kwargs, env) => {
    if (!truthy(value)) return []
    let rest = args
    let get: Getter = (x) => x
    if (lookupAttr) {
      if (args.length === 0) throw new TemplateRuntimeError('Missing parameter for attribute name')
      get = attrGetter(args[0], null)
      rest = args.slice(1)
    }
    const [name, ...testArgs] = rest
    const check =
      name === undefined
        ? (x: PyValue) => truthy(x)
        : (x: PyValue) => env.callTest(name, x, testArgs, kwargs)
    return iterate(value).filter((item) => check(get(item)) === keep)
  }
}

function first(value: PyValue): PyValue {
  const items = iterate(value)
  return items.length > 0
    ? (items[0] as PyValue)
    : new Undefined('No first item, sequence was empty.')
}

function last(value: PyValue): PyValue {
  const items = iterate(value)
  return items.length > 0
    ? (items[items.length - 1] as PyValue)
    : new Undefined('No last item, sequence was empty.')
}

function sum(value: PyValue, [attribute, start]: Bound): PyValue {
  const get = attrGetter(attribute, null)
  const initial = start === undefined ? 0 : start
  if (typeof initial === 'string')
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
  return iterate(value).reduce<PyValue>((acc, item) => binary('+', acc, get(item)), initial)
}

function dictsort(value: PyValue, [caseSensitive, by, reverse]: Bound): PyValue {
  if (!(value instanceof PyDict)) throw typeError(`'${toStr(value)}' is not a mapping`)
  const position = by === undefined || by === 'key' ? 0 : by === 'value' ? 1 : -1
  if (position < 0) throw new TemplateRuntimeError('You can only sort by either "key" or "value"')
  const fold = caseFold(caseSensitive)
  const pairs = value.items().map((pair) => new PyTuple(pair))
  return sortBy(
    pairs,
    (p) => {
      const v = (p as PyTuple).items[position] as PyValue
      return fold ? fold(v) : v
    },
    reverse !== undefined && truthy(reverse),
  )
}

export const SEQUENCE_FILTERS: [string, Filter][] = [
  defineFilter('first', [], first),
  defineFilter('last', [], last),
  defineFilter('list', [], (v) => iterate(v)),
  defineFilter('join', ['d', 'attribute'], (v, [d, attribute]) => {
    const get = attrGetter(attribute, null)
    return iterate(v)
      .map((x) => toStr(get(x)))
      .join(toStr(d === undefined ? '' : d))
  }),
  defineFilter('reverse', [], (v) =>
    typeof v === 'string' ? iterate(v).reverse().join('') : iterate(v).reverse(),
  ),
  defineFilter(
    'sort',
    ['reverse', 'case_sensitive', 'attribute'],
    (v, [reverse, caseSensitive, attribute]) =>
      sortBy(
        iterate(v),
        multiGetter(attribute, caseFold(caseSensitive)),
        reverse !== undefined && truthy(reverse),
      ),
  ),
  defineFilter('unique', ['case_sensitive', 'attribute'], unique),
  defineFilter('min', ['case_sensitive', 'attribute'], (v, args) => minMax(v, args, '<')),
  defineFilter('max', ['case_sensitive', 'attribute'], (v, args) => minMax(v, args, '>')),
  defineFilter('sum', ['attribute', 'start'], sum),
  defineFilter('dictsort', ['case_sensitive', 'by', 'reverse'], dictsort),
  defineFilter('items', [], (v) => {
    if (v instanceof Undefined) return []
    if (!(v instanceof PyDict)) throw typeError('Can only get item pairs from a mapping.')
    return v.items().map((pair) => new PyTuple(pair))
  }),
  ['map', mapFilter],
  ['select', selectFilter(false, true)],
  ['reject', selectFilter(false, false)],
  ['selectattr', selectFilter(true, true)],
  ['rejectattr', selectFilter(true, false)],
]

// Python's dict, list and tuple methods, bound by name.
import { bind, type Signature } from './args'
import { eq, order } from './compare'
import { PyDict } from './dict'
import { PythonError, TemplateRuntimeError, valueError } from './errors'
import { DictView } from './objects'
import { iterate, needIndex } from './protocol'
import { pyRepr } from './repr'
import { adjustWindow } from './strsearch'
import { type Kwargs, PyTuple, type PyValue } from './values'

type Args = (PyValue | undefined)[]
interface Entry<T> {
  sig: Signature
  run: (self: T, args: Args, kwargs: Kwargs) => PyValue
}

const sig = (name: string, params: string[], required = 0, positionalOnly = true): Signature => ({
  name,
  params,
  required,
  positionalOnly,
})

/** Position of `x` in items[start:end] (Python's list.index / tuple.index). */
function position(
  items: readonly PyValue[],
  x: PyValue,
  start: PyValue | undefined,
  end: PyValue | undefined,
  kind: string,
): number {
  const w = adjustWindow(items.length, start, end)
  if (w) {
    for (let i = w[0]; i < w[1]; i++) if (eq(items[i] as PyValue, x)) return i
  }
  throw valueError(
    kind === 'list' ? `${pyRepr(x)} is not in list` : 'tuple.index(x): x not in tuple',
  )
}

/** Python's dict.update: a mapping's items or an iterable's 2-item entries, then the keywords. */
export function updateDict(d: PyDict, source: PyValue | undefined, kwargs: Kwargs): void {
  if (source instanceof PyDict) for (const [k, v] of source.items()) d.set(k, v)
  else if (source !== undefined) {
    iterate(source).forEach((pair, i) => {
      const kv = iterate(pair)
      if (kv.length !== 2) {
        throw valueError(
          `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
        )
      }
      d.set(kv[0] as PyValue, kv[1] as PyValue)
    })
  }
  for (const [k, v] of kwargs) d.set(k, v)
}

function update(d: PyDict, [other]: Args, kwargs: Kwargs): null {
  updateDict(d, other, kwargs)
  return null
}

const DICT = new Map<string, Entry<PyDict>>([
  [
    'get',
    {
      sig: sig('get', ['key', 'default'], 1),
      run: (d, [k, dflt]) => {
        const found = d.get(k as PyValue)
        return found === undefined ? (dflt ?? null) : found
      },
    },
  ],
  ['keys', { sig: sig('keys', []), run: (d) => new DictView('dict_keys', d) }],
  ['values', { sig: sig('values', []), run: (d) => new DictView('dict_values', d) }],
  ['items', { sig: sig('items', []), run: (d) => new DictView('dict_items', d) }],
  ['copy', { sig: sig('copy', []), run: (d) => d.copy() }],
  [
    'clear',
    {
      sig: sig('clear', []),
      run: (d) => {
        d.clear()
        return null
      },
    },
  ],
  [
    'update',
    { sig: { name: 'update', params: ['other'], required: 0, extraKeywords: true }, run: update },
  ],
  [
    'setdefault',
    {
      sig: sig('setdefault', ['key', 'default'], 1),
      run: (d, [k, dflt]) => {
        const found = d.get(k as PyValue)
        if (found !== undefined) return found
        d.set(k as PyValue, dflt ?? null)
        return dflt ?? null
      },
    },
  ],
  [
    'pop',
    {
      sig: sig('pop', ['key', 'default'], 1),
      run: (d, [k, dflt]) => {
        const found = d.get(k as PyValue)
        if (found !== undefined) {
          d.delete(k as PyValue)
          return found
        }
        if (dflt !== undefined) return dflt
        throw new PythonError('KeyError', pyRepr(k as PyValue))
      },
    },
  ],
  [
    'popitem',
    {
      sig: sig('popitem', []),
      run: (d) => {
        const last = d.items().pop()
        if (!last) throw new PythonError('KeyError', "'popitem(): dictionary is empty'")
        d.delete(last[0])
        return new PyTuple(last)
      },
    },
  ],
])

function sortList(list: PyValue[], kwargs: Kwargs): null {
  if (kwargs.has('key') && kwargs.get('key') !== null) {
    throw new TemplateRuntimeError('list.sort(key=...) is not supported by this template engine')
  }
  const reverse = kwargs.get('reverse')
  const sign = reverse === true || (typeof reverse === 'number' && reverse !== 0) ? -1 : 1
  list.sort((a, b) => sign * (order(a, b, '<') < 0 ? -1 : order(b, a, '<') < 0 ? 1 : 0))
  return null
}

const LIST = new Map<string, Entry<PyValue[]>>([
  [
    'append',
    {
      sig: sig('append', ['object'], 1),
      run: (l, [x]) => {
        l.push(x as PyValue)
        return null
      },
    },
  ],
  [
    'extend',
    {
      sig: sig('extend', ['iterable'], 1),
      run: (l, [x]) => {
        l.push(...iterate(x as PyValue))
        return null
      },
    },
  ],
  [
    'insert',
    {
      sig: sig('insert', ['index', 'object'], 2),
      run: (l, [i, x]) => {
        const at = needIndex(i)
        l.splice(at < 0 ? Math.max(0, at + l.length) : at, 0, x as PyValue)
        return null
      },
    },
  ],
  [
    'pop',
    {
      sig: sig('pop', ['index']),
      run: (l, [i]) => {
        if (l.length === 0) throw new PythonError('IndexError', 'pop from empty list')
        const at = i === undefined ? l.length - 1 : needIndex(i)
        const real = at < 0 ? at + l.length : at
        if (real < 0 || real >= l.length)
          throw new PythonError('IndexError', 'pop index out of range')
        return l.splice(real, 1)[0] as PyValue
      },
    },
  ],
  [
    'remove',
    {
      sig: sig('remove', ['value'], 1),
      run: (l, [x]) => {
        const at = l.findIndex((y) => eq(y, x as PyValue))
        if (at < 0) throw valueError('list.remove(x): x not in list')
        l.splice(at, 1)
        return null
      },
    },
  ],
  [
    'index',
    {
      sig: sig('index', ['value', 'start', 'stop'], 1),
      run: (l, [x, a, b]) => position(l, x as PyValue, a, b, 'list'),
    },
  ],
  [
    'count',
    {
      sig: sig('count', ['value'], 1),
      run: (l, [x]) => l.filter((y) => eq(y, x as PyValue)).length,
    },
  ],
  ['copy', { sig: sig('copy', []), run: (l) => l.slice() }],
  [
    'clear',
    {
      sig: sig('clear', []),
      run: (l) => {
        l.length = 0
        return null
      },
    },
  ],
  [
    'reverse',
    {
      sig: sig('reverse', []),
      run: (l) => {
        l.reverse()
        return null
      },
    },
  ],
  [
    'sort',
    {
      sig: { name: 'sort', params: [], required: 0, extraKeywords: true },
      run: (l, _args, kwargs) => sortList(l, kwargs),
    },
  ],
])

const TUPLE = new Map<string, Entry<PyTuple>>([
  [
    'index',
    {
      sig: sig('index', ['value', 'start', 'stop'], 1),
      run: (t, [x, a, b]) => position(t.items, x as PyValue, a, b, 'tuple'),
    },
  ],
  [
    'count',
    {
      sig: sig('count', ['value'], 1),
      run: (t, [x]) => t.items.filter((y) => eq(y, x as PyValue)).length,
    },
  ],
])

/** Whether `d.name` is a dict method rather than the dict's key `name`. */
export const isDictMethod = (name: string): boolean => DICT.has(name) || name === 'fromkeys'

export function hasCollectionMethod(self: PyDict | PyValue[] | PyTuple, name: string): boolean {
  if (self instanceof PyDict) return isDictMethod(name)
  return Array.isArray(self) ? LIST.has(name) : TUPLE.has(name)
}

export function callCollectionMethod(
  self: PyDict | PyValue[] | PyTuple,
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs,
): PyValue {
  if (self instanceof PyDict) {
    const entry = DICT.get(name)
    if (!entry)
      throw new TemplateRuntimeError(`dict.${name}() is not supported by this template engine`)
    return entry.run(self, bind(entry.sig, args, kwargs), kwargs)
  }
  if (Array.isArray(self)) {
    const entry = LIST.get(name)
    if (!entry)
      throw new TemplateRuntimeError(`list.${name}() is not supported by this template engine`)
    return entry.run(self, bind(entry.sig, args, kwargs), kwargs)
  }
  const entry = TUPLE.get(name)
  if (!entry)
    throw new TemplateRuntimeError(`tuple.${name}() is not supported by this template engine`)
  return entry.run(self, bind(entry.sig, args, kwargs), kwargs)
}

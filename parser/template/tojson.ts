// Jinja2's tojson: Python's json.dumps(value, sort_keys=True) made safe for HTML (<, >, &, ' escaped).
import { order } from './compare'
import { PyDict } from './dict'
import { typeError } from './errors'
import { floatRepr } from './repr'
import { PyFloat, PyTuple, type PyValue, typeName } from './values'

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
}

/** json.dumps with ensure_ascii: everything outside printable ASCII as \uXXXX (UTF-16 units, like Python). */
function jsonString(s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string
    const code = s.charCodeAt(i)
    if (SHORT[ch] !== undefined) out += SHORT[ch]
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return `${out}"`
}

function jsonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity'
  return floatRepr(x)
}

function jsonKey(k: PyValue): string {
  if (typeof k === 'string') return k
  if (k === null) return 'null'
  if (typeof k === 'boolean') return k ? 'true' : 'false'
  if (typeof k === 'number' || typeof k === 'bigint') return k.toString()
  if (k instanceof PyFloat) return jsonFloat(k.value)
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`)
}

function dump(v: PyValue, indent: string | null, level: number): string {
  if (typeof v === 'string') return jsonString(v)
  if (v === null) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString()
  if (v instanceof PyFloat) return jsonFloat(v.value)
  const open = indent === null ? '' : `\n${indent.repeat(level + 1)}`
  const close = indent === null ? '' : `\n${indent.repeat(level)}`
  const sep = indent === null ? ', ' : `,${open}`
  if (Array.isArray(v) || v instanceof PyTuple) {
    const items = Array.isArray(v) ? v : v.items
    if (items.length === 0) return '[]'
    return `[${open}${items.map((x) => dump(x, indent, level + 1)).join(sep)}${close}]`
  }
  if (v instanceof PyDict) {
    const entries = v.items().sort(([a], [b]) => order(a, b, '<'))
    if (entries.length === 0) return '{}'
    const body = entries.map(([k, x]) => `${jsonString(jsonKey(k))}: ${dump(x, indent, level + 1)}`)
    return `{${open}${body.join(sep)}${close}}`
  }
  throw typeError(`Object of type ${typeName(v)} is not JSON serializable`)
}

const HTML_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  "'": '\\u0027',
}

export function toJson(value: PyValue, indent: PyValue): string {
  let pad: string | null = null
  if (typeof indent === 'number') pad = ' '.repeat(Math.max(0, indent))
  else if (typeof indent === 'string') pad = indent
  return dump(value, pad, 0).replace(/[<>&']/g, (c) => HTML_UNSAFE[c] ?? c)
}

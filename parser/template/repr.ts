// Python's str() and repr() of template values, character for character.
import type { Value } from '../types'
import { fromValue } from './convert'
import { PyDict } from './dict'
import { PyFloat, PyObject, PyTuple, type PyValue, Undefined } from './values'

/** repr(float): the shortest round-tripping digits, fixed notation for 1e-4 <= |x| < 1e16, else exponent. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (x === Number.POSITIVE_INFINITY) return 'inf'
  if (x === Number.NEGATIVE_INFINITY) return '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const sign = x < 0 ? '-' : ''
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const exp = Number(exponent)
  const point = exp + 1
  if (point > 16 || point < -3) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : ''
    const e = Math.abs(exp).toString().padStart(2, '0')
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e}`
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0')

/** repr(str): single quotes unless the text has a ' and no ", escapes for the rest. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === quote || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`
    else if (cp < 0x7f || !NOT_PRINTABLE.test(ch)) out += ch
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`
    else out += `\\U${hex(cp, 8)}`
  }
  return out + quote
}

function containerRepr(v: PyValue[] | PyTuple | PyDict, seen: Set<object>): string {
  const key = v instanceof PyTuple ? v.items : v
  if (seen.has(key)) return v instanceof PyDict ? '{...}' : Array.isArray(v) ? '[...]' : '(...)'
  seen.add(key)
  try {
    if (v instanceof PyDict) {
      const parts = v.items().map(([k, val]) => `${reprIn(k, seen)}: ${reprIn(val, seen)}`)
      return `{${parts.join(', ')}}`
    }
    if (Array.isArray(v)) return `[${v.map((x) => reprIn(x, seen)).join(', ')}]`
    const items = v.items.map((x) => reprIn(x, seen))
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
  } finally {
    seen.delete(key)
  }
}

function reprIn(v: PyValue, seen: Set<object>): string {
  if (typeof v === 'string') return strRepr(v)
  if (Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict) return containerRepr(v, seen)
  if (v instanceof Undefined) return 'Undefined'
  return toStr(v)
}

export const pyRepr = (v: PyValue): string => reprIn(v, new Set())

/** str(v) as Jinja2 prints `{{ v }}`: Undefined prints as ''. */
export function toStr(v: PyValue): string {
  if (typeof v === 'string') return v
  if (v === null) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString()
  if (v instanceof PyFloat) return floatRepr(v.value)
  if (v instanceof Undefined) return ''
  if (v instanceof PyObject) return v.repr()
  return containerRepr(v, new Set())
}

/** Python str() of a caller's value: None -> 'None', lists and dicts as Python reprs; undefined -> ''. */
export const pyStr = (value: Value | undefined): string =>
  value === undefined ? '' : toStr(fromValue(value))

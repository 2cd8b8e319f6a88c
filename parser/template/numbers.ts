// Python's numeric tower as templates meet it: bool < int < float, exact int/float comparison,
// int()/float() parsing of strings, and round() with round-half-even on the exact binary value.
import { normInt } from './convert'
import { PythonError } from './errors'
import { divRoundHalfEven, scaledHalfEven } from './exact'
import { PY_SPACE } from './text'
import { PyFloat, type PyInt, type PyValue } from './values'

export type Numeric = { kind: 'int'; value: PyInt } | { kind: 'float'; value: number }

/** bool, int and float take part in arithmetic; anything else does not. */
export function numeric(v: PyValue): Numeric | null {
  if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'int', value: v }
  if (typeof v === 'boolean') return { kind: 'int', value: v ? 1 : 0 }
  if (v instanceof PyFloat) return { kind: 'float', value: v.value }
  return null
}

export const toBig = (i: PyInt): bigint => (typeof i === 'bigint' ? i : BigInt(i))

export function intToFloat(i: PyInt): number {
  const f = Number(i)
  if (!Number.isFinite(f))
    throw new PythonError('OverflowError', 'int too large to convert to float')
  return f
}

export const numToFloat = (n: Numeric): number =>
  n.kind === 'float' ? n.value : intToFloat(n.value)

/** int(x) of a finite float: truncation toward zero. */
export function truncToInt(f: number): PyInt {
  if (Number.isNaN(f)) throw new PythonError('ValueError', 'cannot convert float NaN to integer')
  if (!Number.isFinite(f)) {
    throw new PythonError('OverflowError', 'cannot convert float infinity to integer')
  }
  const t = Math.trunc(f)
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t)
}

/** Exact comparison of an int and a float, as Python does it (no rounding of the int). */
export function compareIntFloat(i: PyInt, f: number): number {
  if (Number.isNaN(f)) return Number.NaN
  if (f === Number.POSITIVE_INFINITY) return -1
  if (f === Number.NEGATIVE_INFINITY) return 1
  const floor = Math.floor(f)
  const big = toBig(i)
  const fb = BigInt(floor)
  if (big < fb) return -1
  if (big > fb) return 1
  return f === floor ? 0 : -1
}

export function compareNumeric(a: Numeric, b: Numeric): number {
  if (a.kind === 'int' && b.kind === 'int') {
    const x = a.value
    const y = b.value
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (a.kind === 'int' && b.kind === 'float') return compareIntFloat(a.value, b.value)
  if (a.kind === 'float' && b.kind === 'int') return -compareIntFloat(b.value, a.value)
  const x = a.value
  const y = b.value
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const PREFIX_BASE: Record<string, number> = { b: 2, o: 8, x: 16 }
const TRIM = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g')

/** Python int(text, base); null where Python raises ValueError. */
export function parseIntText(text: string, base: number): PyInt | null {
  if (base !== 0 && (base < 2 || base > 36)) return null
  let t = text.replace(TRIM, '')
  const negative = t.startsWith('-')
  if (negative || t.startsWith('+')) t = t.slice(1)
  let b = base
  const prefix = /^0([box])_?/i.exec(t)
  const prefixBase = prefix ? PREFIX_BASE[(prefix[1] ?? '').toLowerCase()] : undefined
  if (prefix && prefixBase !== undefined && (base === 0 || base === prefixBase)) {
    b = prefixBase
    t = t.slice(prefix[0].length)
  } else if (base === 0) {
    b = 10
    // Base 0 reads Python literal syntax, where a decimal cannot have leading zeros.
    if (/^0+[1-9]/.test(t.replace(/_/g, ''))) return null
  }
  if (!/^[0-9a-z](?:_?[0-9a-z])*$/i.test(t)) return null
  let value = 0n
  const bigBase = BigInt(b)
  for (const ch of t.toLowerCase()) {
    if (ch === '_') continue
    const d = DIGITS.indexOf(ch)
    if (d >= b) return null
    value = value * bigBase + BigInt(d)
  }
  return normInt(negative ? -value : value)
}

const FLOAT_TEXT =
  /^[+-]?(?:(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:e[+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i

/** Python float(text); null where Python raises ValueError. */
export function parseFloatText(text: string): number | null {
  const t = text.replace(TRIM, '')
  if (!FLOAT_TEXT.test(t)) return null
  const lower = t.toLowerCase().replace(/_/g, '')
  const negative = lower.startsWith('-')
  const body = lower.replace(/^[+-]/, '')
  if (body === 'nan') return Number.NaN
  if (body === 'inf' || body === 'infinity') {
    return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  }
  return Number.parseFloat(lower)
}

/** Python round(float, ndigits): the exact value rounded half-to-even at 10^-ndigits, read back as a float. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x
  if (ndigits > 330) return x
  if (ndigits < -330) return 0 * x
  const q = scaledHalfEven(x, ndigits)
  const digits = q.toString()
  const text = ndigits >= 0 ? `${digits}e-${ndigits}` : `${digits}e${-ndigits}`
  const result = Number.parseFloat(text)
  if (!Number.isFinite(result)) {
    throw new PythonError('OverflowError', 'rounded value too large to represent')
  }
  return x < 0 ? -result : result
}

/** Python round(int, ndigits) for negative ndigits: round half to even at 10^-ndigits. */
export function roundInt(i: PyInt, ndigits: number): PyInt {
  if (ndigits >= 0) return i
  const scale = 10n ** BigInt(-ndigits)
  return normInt(divRoundHalfEven(toBig(i), scale) * scale)
}

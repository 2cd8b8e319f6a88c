// Python's printf-style formatting, `'%s-%02d' % (a, b)` and Jinja2's format filter.
import { PyDict } from './dict'
import { TemplateRuntimeError, typeError, UndefinedError, valueError } from './errors'
import { fixedDigits, general, scientific } from './floatformat'
import { intToFloat, numeric, truncToInt } from './numbers'
import { pyRepr, toStr } from './repr'
import { codePoints, cpLength } from './text'
import { PyTuple, type PyValue, typeName, Undefined } from './values'

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)?/y

interface Spec {
  flags: string
  width: number
  precision: number | null
  conversion: string
}

function pad(body: string, sign: string, spec: Spec, numericValue: boolean): string {
  const total = cpLength(sign + body)
  if (total >= spec.width) return sign + body
  const fill = spec.width - total
  if (spec.flags.includes('-')) return sign + body + ' '.repeat(fill)
  if (numericValue && spec.flags.includes('0')) return sign + '0'.repeat(fill) + body
  return ' '.repeat(fill) + sign + body
}

function signOf(negative: boolean, flags: string): string {
  if (negative) return '-'
  if (flags.includes('+')) return '+'
  return flags.includes(' ') ? ' ' : ''
}

function formatInt(value: PyValue, spec: Spec): string {
  if (value instanceof Undefined) throw new UndefinedError(value.hint)
  const n = numeric(value)
  const c = spec.conversion
  if (!n || (n.kind === 'float' && 'xXoc'.includes(c))) {
    const what = 'xXo'.includes(c) ? 'an integer' : 'a real number'
    throw typeError(`%${c} format: ${what} is required, not ${typeName(value)}`)
  }
  const i = BigInt(n.kind === 'int' ? n.value : truncToInt(n.value))
  const negative = i < 0n
  const magnitude = negative ? -i : i
  const alternate = spec.flags.includes('#')
  let digits: string
  if (c === 'x' || c === 'X') {
    digits = (alternate ? '0x' : '') + magnitude.toString(16)
    if (c === 'X') digits = digits.toUpperCase()
  } else if (c === 'o') digits = (alternate ? '0o' : '') + magnitude.toString(8)
  else digits = magnitude.toString()
  if (spec.precision !== null && digits.length < spec.precision)
    digits = digits.padStart(spec.precision, '0')
  return pad(digits, signOf(negative, spec.flags), spec, true)
}

function formatFloat(value: PyValue, spec: Spec): string {
  if (value instanceof Undefined) throw new UndefinedError(value.hint)
  const n = numeric(value)
  if (!n) throw typeError(`must be real number, not ${typeName(value)}`)
  const x = n.kind === 'float' ? n.value : intToFloat(n.value)
  const c = spec.conversion
  const upper = c === c.toUpperCase()
  const negative = x < 0 || Object.is(x, -0)
  if (!Number.isFinite(x)) {
    const text = Number.isNaN(x) ? 'nan' : 'inf'
    return pad(
      upper ? text.toUpperCase() : text,
      signOf(negative && !Number.isNaN(x), spec.flags),
      spec,
      false,
    )
  }
  const precision = spec.precision ?? 6
  const alternate = spec.flags.includes('#')
  let body: string
  if (c === 'f' || c === 'F')
    body = fixedDigits(x, precision) + (alternate && precision === 0 ? '.' : '')
  else if (c === 'e' || c === 'E') body = scientific(x, precision, alternate)
  else body = general(x, precision, alternate)
  return pad(upper ? body.toUpperCase() : body, signOf(negative, spec.flags), spec, true)
}

function formatOne(value: PyValue, spec: Spec): string {
  const c = spec.conversion
  if (c === 's' || c === 'r' || c === 'a') {
    let text = c === 's' ? toStr(value) : pyRepr(value)
    if (c === 'a')
      text = [...text].map((ch) => (ch.charCodeAt(0) > 0x7f ? escapeAscii(ch) : ch)).join('')
    if (spec.precision !== null) text = codePoints(text).slice(0, spec.precision).join('')
    return pad(text, '', spec, false)
  }
  if ('diuxXo'.includes(c)) return formatInt(value, spec)
  if ('eEfFgG'.includes(c)) return formatFloat(value, spec)
  if (c === 'c') {
    if (typeof value === 'string' && cpLength(value) === 1) return pad(value, '', spec, false)
    const n = numeric(value)
    if (n?.kind !== 'int') throw typeError('%c requires int or char')
    return pad(String.fromCodePoint(Number(n.value)), '', spec, false)
  }
  throw valueError(`unsupported format character '${c}' (0x${c.codePointAt(0)?.toString(16)})`)
}

function escapeAscii(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`
  return `\\U${cp.toString(16).padStart(8, '0')}`
}

/** `format % args`: a tuple gives the positional arguments, a mapping serves %(name)s, anything else is one argument. */
export function printf(format: string, args: PyValue): string {
  const positional = args instanceof PyTuple ? args.items : [args]
  // CPython treats any non-tuple object with __getitem__ (a dict, but also a list) as a mapping,
  // which also silences "not all arguments converted".
  const mapping =
    args instanceof PyDict || Array.isArray(args) || args instanceof Undefined ? args : null
  let next = 0
  const take = (): PyValue => {
    if (next >= positional.length) throw typeError('not enough arguments for format string')
    return positional[next++] as PyValue
  }
  let out = ''
  let pos = 0
  while (pos < format.length) {
    const at = format.indexOf('%', pos)
    if (at < 0) {
      out += format.slice(pos)
      break
    }
    out += format.slice(pos, at)
    SPEC.lastIndex = at
    const m = SPEC.exec(format)
    if (!m || m[5] === undefined) throw valueError('incomplete format')
    pos = at + m[0].length
    const [, key, flags = '', widthText, precisionText, conversion] = m
    if (conversion === '%' && key === undefined) {
      out += '%'
      continue
    }
    const width = widthText === '*' ? Number(toIndex(take())) : Number(widthText ?? 0)
    const precision =
      precisionText === undefined
        ? null
        : precisionText === '*'
          ? Number(toIndex(take()))
          : Number(precisionText || 0)
    let value: PyValue
    if (key !== undefined) {
      if (!(mapping instanceof PyDict)) throw typeError('format requires a mapping')
      const found = mapping.get(key)
      if (found === undefined) throw new TemplateRuntimeError(`KeyError: ${pyRepr(key)}`)
      value = found
    } else value = take()
    const spec = {
      flags: width < 0 ? `${flags}-` : flags,
      width: Math.abs(width),
      precision,
      conversion,
    }
    out += formatOne(value, spec)
  }
  if (next < positional.length && mapping === null) {
    throw typeError('not all arguments converted during string formatting')
  }
  return out
}

function toIndex(v: PyValue): bigint {
  const n = numeric(v)
  if (n?.kind !== 'int') throw typeError('* wants int')
  return BigInt(n.value)
}

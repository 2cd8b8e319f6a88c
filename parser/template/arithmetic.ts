// Python's arithmetic operators with int/float/bool promotion, unbounded ints and Python's error cases.
import { normInt } from './convert'
import { PythonError, TemplateRuntimeError, typeError, UndefinedError } from './errors'
import { type Numeric, numeric, numToFloat, toBig } from './numbers'
import { printf } from './printf'
import { asIndex } from './protocol'
import { PyFloat, type PyInt, PyTuple, type PyValue, typeName, Undefined } from './values'

export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%' | '**'

/** Beyond this many items or characters a repetition or power is refused rather than exhausting memory. */
const MAX_SIZE = 50_000_000

function intOp(
  a: PyInt,
  b: PyInt,
  small: (x: number, y: number) => number,
  big: (x: bigint, y: bigint) => bigint,
): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = small(a, b)
    if (Number.isSafeInteger(r)) return r + 0
  }
  return normInt(big(toBig(a), toBig(b)))
}

function unsupported(op: string, a: PyValue, b: PyValue): never {
  throw typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`)
}

/** Python sizes are machine integers: a repetition count beyond them overflows even for an empty sequence. */
const MAX_SSIZE = 2n ** 63n - 1n

function repeatCount(times: PyValue, size: number): number {
  if (typeof times === 'bigint' && (times > MAX_SSIZE || times < -MAX_SSIZE - 1n)) {
    throw new PythonError('OverflowError', "cannot fit 'int' into an index-sized integer")
  }
  const n = asIndex(times) ?? 0
  if (n <= 0 || size === 0) return 0
  if (n * size > MAX_SIZE) throw new TemplateRuntimeError('MemoryError: repetition too large')
  return n
}

function repeat<T>(items: readonly T[], times: PyValue): T[] {
  const out: T[] = []
  for (let i = repeatCount(times, items.length); i > 0; i--) out.push(...items)
  return out
}

function add(a: PyValue, b: PyValue, na: Numeric | null, nb: Numeric | null): PyValue {
  if (na && nb) {
    if (na.kind === 'int' && nb.kind === 'int')
      return intOp(
        na.value,
        nb.value,
        (x, y) => x + y,
        (x, y) => x + y,
      )
    return new PyFloat(numToFloat(na) + numToFloat(nb))
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items])
  for (const [kind, test] of [
    ['str', typeof a === 'string'],
    ['list', Array.isArray(a)],
    ['tuple', a instanceof PyTuple],
  ] as const) {
    if (test) throw typeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`)
  }
  return unsupported('+', a, b)
}

function multiply(a: PyValue, b: PyValue, na: Numeric | null, nb: Numeric | null): PyValue {
  if (na && nb) {
    if (na.kind === 'int' && nb.kind === 'int')
      return intOp(
        na.value,
        nb.value,
        (x, y) => x * y,
        (x, y) => x * y,
      )
    return new PyFloat(numToFloat(na) * numToFloat(nb))
  }
  const [seq, count, countNum] = na ? [b, a, na] : [a, b, nb]
  if (countNum?.kind === 'int') {
    if (typeof seq === 'string') return seq.repeat(repeatCount(count, seq.length))
    if (Array.isArray(seq)) return repeat(seq, count)
    if (seq instanceof PyTuple) return new PyTuple(repeat(seq.items, count))
  }
  if (typeof seq === 'string' || Array.isArray(seq) || seq instanceof PyTuple) {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`)
  }
  return unsupported('*', a, b)
}

/** Python's int modulo: the result takes the divisor's sign. */
function intMod(a: PyInt, b: PyInt): PyInt {
  return intOp(
    a,
    b,
    (x, y) => {
      const r = x % y
      return r !== 0 && r < 0 !== y < 0 ? r + y : r
    },
    (x, y) => {
      const r = x % y
      return r !== 0n && r < 0n !== y < 0n ? r + y : r
    },
  )
}

/** CPython's float divmod: fmod, then corrections so that the modulo takes the divisor's sign. */
function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y
  let div = (x - mod) / y
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y
      div -= 1
    }
  } else mod = y < 0 ? -0 : 0
  let floordiv: number
  if (div) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0
  return [floordiv, mod]
}

function isZero(n: Numeric): boolean {
  return n.kind === 'int' ? n.value === 0 || n.value === 0n : n.value === 0
}

function divide(op: '/' | '//' | '%', na: Numeric, nb: Numeric): PyValue {
  const floats = na.kind === 'float' || nb.kind === 'float'
  if (isZero(nb)) {
    const what = { '/': 'division', '//': 'floor division', '%': 'modulo' }[op]
    throw new PythonError(
      'ZeroDivisionError',
      floats
        ? `float ${what} by zero`
        : op === '/'
          ? 'division by zero'
          : `integer ${what === 'modulo' ? 'modulo' : 'division or modulo'} by zero`,
    )
  }
  if (op === '/') return new PyFloat(numToFloat(na) / numToFloat(nb))
  if (!floats && na.kind === 'int' && nb.kind === 'int') {
    const mod = intMod(na.value, nb.value)
    if (op === '%') return mod
    return intOp(
      na.value,
      nb.value,
      (x, y) => (x - (mod as number)) / y,
      (x, y) => (x - toBig(mod)) / y,
    )
  }
  const [floordiv, mod] = floatDivmod(numToFloat(na), numToFloat(nb))
  return new PyFloat(op === '//' ? floordiv : mod)
}

function power(na: Numeric, nb: Numeric): PyValue {
  if (na.kind === 'int' && nb.kind === 'int' && nb.value >= 0) {
    const base = toBig(na.value)
    const exp = toBig(nb.value)
    const bits =
      base === 0n || base === 1n || base === -1n ? 1 : base.toString(2).length * Number(exp)
    if (bits > MAX_SIZE) throw new TemplateRuntimeError('MemoryError: power too large')
    return normInt(base ** exp)
  }
  const x = numToFloat(na)
  const y = numToFloat(nb)
  if (x === 0 && y < 0)
    throw new PythonError('ZeroDivisionError', '0.0 cannot be raised to a negative power')
  if (x === 1 || y === 0) return new PyFloat(1)
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return new PyFloat(1)
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
    throw new TemplateRuntimeError(
      'a negative number to a fractional power is a complex number, which templates here do not support',
    )
  }
  const r = x ** y
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new PythonError('OverflowError', "(34, 'Numerical result out of range')")
  }
  return new PyFloat(r)
}

export function binary(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  // str % anything is formatting, which str handles itself (so '%s' % Undefined is '').
  if (op === '%' && typeof a === 'string') return printf(a, b)
  if (a instanceof Undefined) throw new UndefinedError(a.hint)
  if (b instanceof Undefined) throw new UndefinedError(b.hint)
  const na = numeric(a)
  const nb = numeric(b)
  switch (op) {
    case '+':
      return add(a, b, na, nb)
    case '*':
      return multiply(a, b, na, nb)
    case '-':
      if (!na || !nb) return unsupported('-', a, b)
      if (na.kind === 'int' && nb.kind === 'int')
        return intOp(
          na.value,
          nb.value,
          (x, y) => x - y,
          (x, y) => x - y,
        )
      return new PyFloat(numToFloat(na) - numToFloat(nb))
    case '**':
      if (!na || !nb) return unsupported('** or pow()', a, b)
      return power(na, nb)
    default:
      if (!na || !nb) return unsupported(op, a, b)
      return divide(op, na, nb)
  }
}

export function negate(v: PyValue): PyValue {
  if (v instanceof Undefined) throw new UndefinedError(v.hint)
  const n = numeric(v)
  if (!n) throw typeError(`bad operand type for unary -: '${typeName(v)}'`)
  if (n.kind === 'float') return new PyFloat(-n.value)
  return typeof n.value === 'bigint' ? normInt(-n.value) : 0 - n.value
}

export function plus(v: PyValue): PyValue {
  if (v instanceof Undefined) throw new UndefinedError(v.hint)
  const n = numeric(v)
  if (!n) throw typeError(`bad operand type for unary +: '${typeName(v)}'`)
  return n.kind === 'float' ? new PyFloat(n.value) : n.value
}

export function absolute(v: PyValue): PyValue {
  const n = numeric(v)
  if (!n) throw typeError(`bad operand type for abs(): '${typeName(v)}'`)
  if (n.kind === 'float') return new PyFloat(Math.abs(n.value))
  return typeof n.value === 'bigint'
    ? normInt(n.value < 0n ? -n.value : n.value)
    : Math.abs(n.value)
}

// Reading numbers the way Python's int() and float() read strings, which is how the platform casts.

/** Characters Python's str.isspace() accepts; int() and float() ignore them around the number. */
const PY_SPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g')
const DIGITS = '\\d+(?:_\\d+)*'
const INT_TEXT = new RegExp(`^[+-]?${DIGITS}$`)
const FLOAT_TEXT = new RegExp(
  `^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
)

export type IntegerType = 'long' | 'integer' | 'short' | 'byte' | 'unsigned_long'

const INTEGER_RANGES: Readonly<Record<IntegerType, readonly [bigint, bigint]>> = {
  byte: [-(2n ** 7n), 2n ** 7n - 1n],
  short: [-(2n ** 15n), 2n ** 15n - 1n],
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
  unsigned_long: [0n, 2n ** 64n - 1n],
}

export function isIntegerType(type: string): type is IntegerType {
  return Object.hasOwn(INTEGER_RANGES, type)
}

/**
 * Python's int(text) in base 10: surrounding whitespace, a sign and `_` between digits are accepted;
 * '5.0', '0x1F', '' are not. Only ASCII digits (Python also takes other Unicode decimal digits).
 */
export function parsePythonInt(text: string): bigint | undefined {
  const body = text.replace(STRIP, '')
  if (!INT_TEXT.test(body)) return undefined
  return BigInt(body.replaceAll('_', ''))
}

/** Python's float(text), finite results only: 'nan' and 'inf' have no JSON form, so nothing can carry them. */
export function parsePythonFloat(text: string): number | undefined {
  const body = text.replace(STRIP, '')
  if (!FLOAT_TEXT.test(body)) return undefined
  const value = Number(body.replaceAll('_', ''))
  return Number.isFinite(value) ? value : undefined
}

const SHORT_DIGITS = /^\d{1,15}$/

/** parsePythonInt for the plain digits logs carry (ports, pids): few enough to be exact as a double, so read without BigInt. */
export function parseShortInt(text: string): number | undefined {
  return SHORT_DIGITS.test(text) ? Number(text) : undefined
}

export function inIntegerRange(value: bigint | number, type: IntegerType): boolean {
  const [min, max] = INTEGER_RANGES[type]
  return value >= min && value <= max
}

/**
 * An event value is a JS number: integers beyond 2^53 become the nearest double, exactly what JSON.parse
 * does to the same digits in an expected event, so comparisons stay consistent even where digits are lost.
 */
export function integerToValue(value: bigint): number {
  return Number(value)
}

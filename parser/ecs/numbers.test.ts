import { describe, expect, it } from 'vitest'
import {
  inIntegerRange,
  integerToValue,
  isIntegerType,
  parsePythonFloat,
  parsePythonInt,
  parseShortInt,
} from './numbers'

describe('parsePythonInt (Python int(text), base 10)', () => {
  it.each([
    ['33398', 33398n],
    ['0', 0n],
    ['-1', -1n],
    // int('+5') == 5 in Python
    ['+5', 5n],
    // int(' 5 ') == 5: Python strips whitespace around the digits
    [' 5', 5n],
    ['5\n', 5n],
    ['\t5\u3000', 5n],
    // leading zeros are fine for int() (only Python source literals reject them)
    ['007', 7n],
    // PEP 515 underscores between digits
    ['1_000', 1000n],
    ['1111222233334444', 1111222233334444n],
    ['99999999999999999999', 99999999999999999999n],
  ])('%j → %s', (text, value) => {
    expect(parsePythonInt(text)).toBe(value)
  })

  it.each([
    // int('5.0') raises ValueError: a decimal point is not an integer
    '5.0',
    // int('0x1F') raises: no base prefix in base 10
    '0x1F',
    '',
    ' ',
    '+',
    '-',
    '1 000',
    '_1',
    '1_',
    '1__0',
    '1e3',
    '(403)',
    '233816e0',
    '٥',
    '\ufeff5',
  ])('%j is not an integer', (text) => {
    expect(parsePythonInt(text)).toBeUndefined()
  })
})

describe('parsePythonFloat (Python float(text))', () => {
  it.each([
    ['1.5', 1.5],
    ['5', 5],
    ['5.', 5],
    ['.5', 0.5],
    ['-0.25', -0.25],
    ['+2', 2],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['233816e0', 233816],
    [' 1.5 ', 1.5],
    ['1_0.5', 10.5],
  ])('%j → %s', (text, value) => {
    expect(parsePythonFloat(text)).toBe(value)
  })

  it.each([
    '',
    '.',
    'e3',
    '1e',
    '1.5.2',
    '0x10',
    'nan',
    'inf',
    '-Infinity',
    '1e999',
    '(403)',
    '1_.5',
  ])('%j is not a finite float', (text) => {
    expect(parsePythonFloat(text)).toBeUndefined()
  })
})

describe('integer types', () => {
  it.each([
    ['long', true],
    ['integer', true],
    ['short', true],
    ['byte', true],
    ['unsigned_long', true],
    ['number', false],
    ['double', false],
    ['keyword', false],
  ])('isIntegerType(%s) = %s', (type, expected) => {
    expect(isIntegerType(type)).toBe(expected)
  })

  it.each([
    [127n, 'byte', true],
    [128n, 'byte', false],
    [-129n, 'byte', false],
    [32767n, 'short', true],
    [32768n, 'short', false],
    [2147483647n, 'integer', true],
    [2147483648n, 'integer', false],
    [9223372036854775807n, 'long', true],
    [9223372036854775808n, 'long', false],
    [-9223372036854775808n, 'long', true],
    [-1n, 'unsigned_long', false],
    [18446744073709551615n, 'unsigned_long', true],
    [18446744073709551616n, 'unsigned_long', false],
  ] as const)('%s in %s: %s', (value, type, expected) => {
    expect(inIntegerRange(value, type)).toBe(expected)
  })

  it('keeps integers up to 2^53 exact and rounds beyond, as JSON.parse does', () => {
    expect(integerToValue(1111222233334444n)).toBe(1111222233334444)
    expect(integerToValue(9007199254740993n)).toBe(JSON.parse('9007199254740993'))
  })
})

describe('parseShortInt', () => {
  it.each([
    ['22', 22],
    ['007', 7],
    ['999999999999999', 999999999999999],
    ['1000000000000000', undefined], // 16 digits: left to parsePythonInt's BigInt
    [' 5', undefined],
    ['+5', undefined],
    ['1_000', undefined],
    ['', undefined],
  ] as const)('%j → %j, as parsePythonInt reads plain digits', (text, expected) => {
    expect(parseShortInt(text)).toBe(expected)
    if (expected !== undefined) expect(parsePythonInt(text)).toBe(BigInt(expected))
  })
})

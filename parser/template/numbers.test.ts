import { describe, expect, it } from 'vitest'
import { parseFloatText, parseIntText, roundFloat, roundInt } from './numbers'

// Expected values are CPython's int(text, base), float(text) and round(x, n).
describe('parseIntText (int(text, base))', () => {
  it.each<[string, number, number | bigint | null]>([
    ['0x1f', 16, 31],
    ['0x1f', 0, 31],
    ['0X1F', 0, 31],
    ['010', 0, null], // base 0 reads literal syntax: no leading zeros
    ['010', 10, 10],
    ['0_0', 0, 0],
    [' 1_000 ', 10, 1000],
    ['1__0', 10, null],
    ['_1', 10, null],
    ['0x_1f', 16, 31],
    ['0b101', 2, 5],
    ['0b101', 16, 0xb101], // only base 2 strips 0b; in base 16 those are digits
    ['z', 36, 35],
    ['Z', 36, 35],
    ['9', 8, null],
    ['+7', 10, 7],
    ['-0', 10, 0],
    ['', 10, null],
    ['1e3', 10, null],
    ['12345678901234567890123', 10, 12345678901234567890123n],
    ['1', 1, null],
    ['7', 37, null],
  ])('int(%j, %d) = %s', (text, base, expected) => {
    expect(parseIntText(text, base)).toEqual(expected)
  })
})

describe('parseFloatText (float(text))', () => {
  it.each<[string, number | null]>([
    ['1e3', 1000],
    [' -1.5 ', -1.5],
    ['\t2\n', 2],
    ['1_0.5', 10.5],
    ['inf', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['nan', Number.NaN],
    ['1.', 1],
    ['.5', 0.5],
    ['+.5e-3', 0.0005],
    ['.', null],
    ['1e', null],
    ['0x1', null],
    ['1_', null],
    ['1__0', null],
  ])('float(%j) = %s', (text, expected) => {
    expect(parseFloatText(text)).toEqual(expected)
  })
})

describe('round', () => {
  it.each([
    [2.675, 2, 2.67], // the double is just below 2.675
    [0.125, 2, 0.12], // an exact tie goes to even
    [0.375, 2, 0.38],
    [2.5, 0, 2],
    [-2.5, 0, -2],
    [3.5, 0, 4],
    [1234.5, -1, 1230],
    [1250, -2, 1200],
    [123.456, -1, 120],
    [1e300, -299, 1e300],
    [-0, 1, -0],
    [0.1, 20, 0.1],
    [1.0000000000000002, 15, 1],
  ])('round(%d, %d) = %d', (x, n, expected) => {
    expect(Object.is(roundFloat(x, n), expected)).toBe(true)
  })

  it.each<[number | bigint, number, number | bigint]>([
    [1250, -2, 1200],
    [1350, -2, 1400],
    [-1250, -2, -1200],
    [15, -1, 20],
    [25, -1, 20],
    [12345678901234567890n, -5, 12345678901234600000n],
    [7, 2, 7],
  ])('round(%s, %d) = %s for ints', (i, n, expected) => {
    expect(roundInt(i, n)).toEqual(expected)
  })
})

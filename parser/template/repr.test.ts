import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Value } from '../types'
import { parsePythonLiteral } from './literal'
import { floatRepr, pyStr, strRepr } from './repr'

// Python's str() of a caller's value; an integral JS number is a Python int.
describe('pyStr', () => {
  it.each<[Value | undefined, string]>([
    [undefined, ''],
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    ['abc', 'abc'],
    [42, '42'],
    [-0, '0'], // an int has no negative zero
    [1e21, '1000000000000000000000'], // an int prints all its digits (JavaScript says 1e+21)
    [2 ** 53, '9007199254740992'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'], // exponent below 1e-4, padded to two digits
    [1.5e-7, '1.5e-07'],
    [123.456, '123.456'],
    [Number.POSITIVE_INFINITY, 'inf'],
    [Number.NEGATIVE_INFINITY, '-inf'],
    [Number.NaN, 'nan'],
    [['end'], "['end']"],
    [[], '[]'],
    [{}, '{}'],
    [{ a: 1, b: 'x' }, "{'a': 1, 'b': 'x'}"],
    [[null, true, [1.5, 'a']], "[None, True, [1.5, 'a']]"],
    [{ k: ['v'], n: { m: null } }, "{'k': ['v'], 'n': {'m': None}}"],
    [["it's"], `["it's"]`], // a ' and no " : double quotes
    [['a"b'], `['a"b']`],
    [[`a'b"`], `['a\\'b"']`], // both quotes: single quotes, the ' escaped
    [['\n\t\r\\'], "['\\n\\t\\r\\\\']"],
    [['\x00\x7f\x85é\u200b😀\u{e0001}'], "['\\x00\\x7f\\x85é\\u200b😀\\U000e0001']"], // non-printables escaped
    ['not quoted at top level', 'not quoted at top level'],
  ])('%j -> %s', (value, expected) => {
    expect(pyStr(value)).toBe(expected)
  })
})

describe('floatRepr', () => {
  it.each([
    [1, '1.0'],
    [-0, '-0.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1.5e16, '1.5e+16'],
    [1e22, '1e+22'],
    [123456789, '123456789.0'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-2.5e-5, '-2.5e-05'],
  ])('%d -> %s', (x, expected) => {
    expect(floatRepr(x)).toBe(expected)
  })

  it('reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number.parseFloat(floatRepr(x)), x)).toBe(true)
      }),
    )
  })

  it('uses an exponent exactly outside 1e-4 <= |x| < 1e16', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0),
        (x) => {
          const fixed = Math.abs(x) >= 1e-4 && Math.abs(x) < 1e16
          expect(/e[+-]\d\d/.test(floatRepr(x))).toBe(!fixed)
        },
      ),
    )
  })
})

describe('strRepr', () => {
  it('is read back by literal_eval as the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(parsePythonLiteral(strRepr(s))).toEqual({ ok: true, value: s })
      }),
    )
  })
})

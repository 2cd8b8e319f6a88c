import { describe, expect, it } from 'vitest'
import type { Value } from '../types'
import { pyTruthy } from './truth'

describe('pyTruthy', () => {
  it.each<[Value | undefined, boolean]>([
    [undefined, false],
    [null, false],
    ['', false],
    [0, false],
    [-0, false],
    [[], false],
    [{}, false],
    [false, false],
    ['False', true], // a non-empty string, whatever it says
    ['0', true],
    [0.5, true],
    [Number.NaN, true], // NaN is truthy in Python
    [[null], true],
    [{ a: null }, true],
    [true, true],
  ])('bool(%j) is %s', (value, expected) => {
    expect(pyTruthy(value)).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'
import type { CharNode } from './ast'
import { contains, PERL_CLASSES, SPACE } from './charset'
import { parsePattern } from './parse'

function set(source: string) {
  const node = parsePattern(source, null)
  if (node.kind !== 'char') throw new Error(`${source} is not one character`)
  return (node as CharNode).set
}

describe('escapes and classes (RE2 spelling)', () => {
  it('reads control, hex, octal and punctuation escapes', () => {
    expect(set('\\t')).toEqual([9, 9])
    expect(set('\\v')).toEqual([11, 11])
    expect(set('\\x41')).toEqual([0x41, 0x41])
    expect(set('\\x{1F600}')).toEqual([0x1f600, 0x1f600])
    expect(set('\\0')).toEqual([0, 0])
    expect(set('\\101')).toEqual([0x41, 0x41])
    expect(set('\\.')).toEqual([0x2e, 0x2e])
    expect(set('\\[')).toEqual([0x5b, 0x5b])
  })

  it('keeps \\s to [\\t\\n\\f\\r ] without the vertical tab, and \\d \\w ASCII', () => {
    expect(set('\\s')).toEqual(SPACE)
    expect(contains(set('\\s'), 0x0b)).toBe(false)
    expect(set('\\d')).toEqual([0x30, 0x39])
    expect(contains(set('\\w'), 0xe9)).toBe(false)
    expect(contains(set('\\W'), 0xe9)).toBe(true)
  })

  it('builds bracket classes with ranges, negation, Perl and POSIX members', () => {
    expect(set('[a-c_]')).toEqual([0x5f, 0x5f, 0x61, 0x63])
    expect(set('[]a]')).toEqual([0x5d, 0x5d, 0x61, 0x61])
    expect(set('[-a]')).toEqual([0x2d, 0x2d, 0x61, 0x61])
    expect(set('[a-]')).toEqual([0x2d, 0x2d, 0x61, 0x61])
    expect(set('[\\d\\s]')).toEqual([9, 10, 12, 13, 32, 32, 48, 57])
    expect(set('[[:xdigit:]]')).toEqual([48, 57, 65, 70, 97, 102])
    expect(set('[[:^digit:]]')).toEqual(PERL_CLASSES.D)
    expect(contains(set('[^a]'), 0x0a)).toBe(true)
    expect(contains(set('[^a]'), 0x61)).toBe(false)
  })

  it('folds case with (?i) using Unicode simple folding (k, K and the Kelvin sign)', () => {
    expect(set('(?i)k')).toEqual([0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a])
    expect(contains(set('(?i)[^k]'), 0x212a)).toBe(false)
    expect(contains(set('(?i)s'), 0x17f)).toBe(true)
    expect(contains(set('(?i)i'), 0x131)).toBe(false)
  })

  it('knows Unicode categories and scripts', () => {
    expect(contains(set('\\pL'), 0xe9)).toBe(true)
    expect(contains(set('\\p{Greek}'), 0x3b1)).toBe(true)
    expect(contains(set('\\P{Greek}'), 0x3b1)).toBe(false)
    expect(contains(set('\\p{^Greek}'), 0x61)).toBe(true)
  })

  it('locates a \\p or \\P that ends the pattern inside the pattern (found by fuzzing)', () => {
    expect(() => parsePattern('a\\P', null)).toThrow(
      expect.objectContaining({ code: 'grok-syntax', offset: 1, length: 2 }),
    )
  })

  it('reads \\Q…\\E as literal text', () => {
    expect(parsePattern('\\Q.*\\E', null)).toMatchObject({
      kind: 'concat',
      items: [{ set: [0x2e, 0x2e] }, { set: [0x2a, 0x2a] }],
    })
  })
})

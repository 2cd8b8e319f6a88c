import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readStructuredData } from './structured-data'

describe('readStructuredData', () => {
  it('reads the NILVALUE as no elements', () => {
    expect(readStructuredData('- msg', 0)).toEqual({ end: 1, elements: null })
  })

  it('reads several elements, parameterless ones too, from the given position', () => {
    const text =
      'xx[exampleSDID@32473 iut="3" eventSource="Application"][examplePriority@32473][a b=""]'
    expect(readStructuredData(text, 2)).toEqual({
      end: text.length,
      elements: {
        'exampleSDID@32473': { iut: '3', eventSource: 'Application' },
        'examplePriority@32473': {},
        a: { b: '' },
      },
    })
  })

  it('keeps every value of a repeated parameter, in order', () => {
    expect(readStructuredData('[origin ip="1.2.3.4" ip="5.6.7.8" ip="::1"]', 0)).toMatchObject({
      elements: { origin: { ip: ['1.2.3.4', '5.6.7.8', '::1'] } },
    })
  })

  it('keeps a backslash that escapes nothing, while \\" always escapes the quote', () => {
    expect(readStructuredData('[a p="C:\\dir\\"]', 0)).toEqual({
      fault: 'unterminated structured data',
    })
    expect(readStructuredData('[a p="C:\\dir"]', 0)).toMatchObject({
      elements: { a: { p: 'C:\\dir' } },
    })
  })

  it('gives back any parameter value escaped as RFC 5424 asks (property)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = value.replace(/["\\\]]/g, '\\$&')
        const text = `[id@1 p="${escaped}"] msg`
        expect(readStructuredData(text, 0)).toEqual({
          end: text.length - 4,
          elements: { 'id@1': { p: value } },
        })
      }),
      { numRuns: 2_000 },
    )
  })

  it.each([
    ['', 'unterminated structured data'],
    ['x', 'structured data is neither "-" nor "[…]"'],
    ['[', 'unterminated structured data'],
    ['[ a="b"]', 'structured data element without an id'],
    ['[a', 'unterminated structured data'],
    ['[a b]', 'parameter "b" of "a" has no quoted value'],
    ['[a =""]', 'malformed parameter in "a"'],
    ['[a b="c"x]', 'malformed element "a"'],
    ['[a][a]', 'structured data repeats the element "a"'],
  ])('refuses %j: %s', (text, fault) => {
    expect(readStructuredData(text, 0)).toEqual({ fault })
  })
})

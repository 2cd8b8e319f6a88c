import { describe, expect, it } from 'vitest'
import { ALL_SET, NOT_NEWLINE } from './charset'
import { parseMainPattern, parsePattern } from './parse'
import { grokErrorOf, located } from './testing/errors'

function errorAt(source: string, patternName: string | null = null) {
  return located(grokErrorOf(() => parsePattern(source, patternName)))
}

describe('parsePattern: structure', () => {
  it('parses references with field and type, keeping their offsets', () => {
    expect(parsePattern('a%{IP:client.ip:int}b', null)).toMatchObject({
      kind: 'concat',
      items: [
        { kind: 'char' },
        { kind: 'ref', name: 'IP', field: 'client.ip', type: 'int', start: 1, end: 20 },
        { kind: 'char' },
      ],
    })
    expect(parsePattern('%{WORD}', null)).toEqual({
      kind: 'ref',
      name: 'WORD',
      field: null,
      type: null,
      start: 0,
      end: 7,
    })
  })

  it('keeps named groups in both spellings and drops unnamed and non-capturing ones', () => {
    expect(parsePattern('(?P<a>x)(?<b>y)(z)(?:w)', null)).toMatchObject({
      kind: 'concat',
      items: [
        { kind: 'capture', name: 'a' },
        { kind: 'capture', name: 'b' },
        { kind: 'char' },
        { kind: 'char' },
      ],
    })
  })

  it('reads quantifiers, lazy variants and counted repetitions', () => {
    const repeat = (source: string) => parsePattern(source, null)
    expect(repeat('a*')).toMatchObject({ kind: 'repeat', min: 0, max: Infinity, greedy: true })
    expect(repeat('a+?')).toMatchObject({ kind: 'repeat', min: 1, max: Infinity, greedy: false })
    expect(repeat('a??')).toMatchObject({ kind: 'repeat', min: 0, max: 1, greedy: false })
    expect(repeat('a{2}')).toMatchObject({ kind: 'repeat', min: 2, max: 2 })
    expect(repeat('a{2,}')).toMatchObject({ kind: 'repeat', min: 2, max: Infinity })
    expect(repeat('a{2,5}?')).toMatchObject({ kind: 'repeat', min: 2, max: 5, greedy: false })
    expect(repeat('(?U)a*')).toMatchObject({ kind: 'repeat', greedy: false })
    expect(repeat('(?U)a*?')).toMatchObject({ kind: 'repeat', greedy: true })
  })

  it('treats a brace that is not a repetition as a literal, as RE2 does', () => {
    expect(parsePattern('a{,2}', null)).toMatchObject({
      kind: 'concat',
      items: [{}, { set: [0x7b, 0x7b] }, {}, {}, {}],
    })
    expect(parsePattern('{', null)).toMatchObject({ kind: 'char', set: [0x7b, 0x7b] })
  })

  it('maps ^ $ . to their RE2 meanings under the m and s flags', () => {
    expect(parsePattern('^', null)).toMatchObject({ assertion: 'text-start' })
    expect(parsePattern('$', null)).toMatchObject({ assertion: 'text-end' })
    expect(parsePattern('(?m)^', null)).toMatchObject({ assertion: 'line-start' })
    expect(parsePattern('(?m:$)', null)).toMatchObject({ assertion: 'line-end' })
    expect(parsePattern('.', null)).toMatchObject({ set: NOT_NEWLINE })
    expect(parsePattern('(?s).', null)).toMatchObject({ set: ALL_SET })
    expect(parsePattern('(?s:(?-s).)', null)).toMatchObject({ set: NOT_NEWLINE })
  })

  it('scopes a flag group to the rest of its enclosing group, across alternatives', () => {
    const tree = parsePattern('(?:(?i)a|b)c', null)
    expect(tree).toMatchObject({
      kind: 'concat',
      items: [
        {
          kind: 'alt',
          branches: [{ set: [0x41, 0x41, 0x61, 0x61] }, { set: [0x42, 0x42, 0x62, 0x62] }],
        },
        { set: [0x63, 0x63] },
      ],
    })
  })

  it('reports the source extent of each top-level alternative only', () => {
    expect(parseMainPattern('%{A}|x(?:y|z)|').branches).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 13 },
      { start: 14, end: 14 },
    ])
    expect(parseMainPattern('(?:a|b)').branches).toEqual([{ start: 0, end: 7 }])
  })
})

describe('parsePattern: errors point at the construct, in the pattern that has it', () => {
  it('rejects what RE2 lacks as grok-unsupported', () => {
    expect(errorAt('ab\\1')).toEqual({
      code: 'grok-unsupported',
      patternName: null,
      offset: 2,
      length: 2,
    })
    expect(errorAt('x(?=y)')).toEqual({
      code: 'grok-unsupported',
      patternName: null,
      offset: 1,
      length: 3,
    })
    expect(errorAt('x(?!y)')).toMatchObject({ code: 'grok-unsupported', offset: 1 })
    expect(errorAt('(?<=y)x')).toMatchObject({ code: 'grok-unsupported', offset: 0, length: 4 })
    expect(errorAt('(?<!y)x')).toMatchObject({ code: 'grok-unsupported', offset: 0, length: 4 })
    expect(errorAt('a(?>bc)')).toMatchObject({ code: 'grok-unsupported', offset: 1 })
    expect(errorAt('(?P<n>a)(?P=n)')).toMatchObject({ code: 'grok-unsupported', offset: 8 })
    expect(errorAt('ab*+')).toEqual({
      code: 'grok-unsupported',
      patternName: null,
      offset: 2,
      length: 2,
    })
    expect(errorAt('a{2}+')).toMatchObject({ code: 'grok-unsupported', offset: 1 })
    expect(errorAt('end\\Z')).toMatchObject({ code: 'grok-unsupported', offset: 3, length: 2 })
    expect(errorAt('(?x)a')).toMatchObject({ code: 'grok-unsupported', offset: 0 })
    expect(errorAt('%{A=b}')).toMatchObject({ code: 'grok-unsupported', offset: 0, length: 6 })
  })

  it('rejects malformed text as grok-syntax', () => {
    expect(errorAt('ab(cd')).toEqual({
      code: 'grok-syntax',
      patternName: null,
      offset: 2,
      length: 1,
    })
    expect(errorAt('abc)d')).toEqual({
      code: 'grok-syntax',
      patternName: null,
      offset: 3,
      length: 1,
    })
    expect(errorAt('x[ab')).toMatchObject({ code: 'grok-syntax', offset: 1 })
    expect(errorAt('*a')).toMatchObject({ code: 'grok-syntax', offset: 0 })
    expect(errorAt('a|+')).toMatchObject({ code: 'grok-syntax', offset: 2 })
    expect(errorAt('a**')).toMatchObject({ code: 'grok-syntax', offset: 1 })
    expect(errorAt('a{3,2}')).toMatchObject({ code: 'grok-syntax', offset: 1, length: 5 })
    expect(errorAt('a{1001}')).toMatchObject({ code: 'grok-syntax', offset: 1 })
    expect(errorAt('[z-a]')).toMatchObject({ code: 'grok-syntax', offset: 1, length: 3 })
    expect(errorAt('\\x4')).toMatchObject({ code: 'grok-syntax', offset: 0 })
    expect(errorAt('\\y')).toMatchObject({ code: 'grok-syntax', offset: 0, length: 2 })
    expect(errorAt('a\\')).toMatchObject({ code: 'grok-syntax', offset: 1 })
    expect(errorAt('(?z)a')).toMatchObject({ code: 'grok-syntax', offset: 2 })
    expect(errorAt('(?)a')).toMatchObject({ code: 'grok-syntax', offset: 0 })
    expect(errorAt('(?P<a-b>x)')).toMatchObject({ code: 'grok-syntax', offset: 0 })
    expect(errorAt('[[:nope:]]')).toMatchObject({ code: 'grok-syntax', offset: 1 })
    expect(errorAt('\\p{Klingon}')).toMatchObject({ code: 'grok-syntax', offset: 0 })
    expect(errorAt(`${'('.repeat(1001)}${')'.repeat(1001)}`)).toMatchObject({
      code: 'grok-syntax',
      offset: 1000,
    })
  })

  it('rejects malformed references as grok-syntax at the %{', () => {
    expect(errorAt('ab %{WORD')).toEqual({
      code: 'grok-syntax',
      patternName: null,
      offset: 3,
      length: 2,
    })
    expect(errorAt('x%{WO RD}')).toEqual({
      code: 'grok-syntax',
      patternName: null,
      offset: 1,
      length: 8,
    })
    expect(errorAt('%{WORD:a b}')).toMatchObject({ code: 'grok-syntax', offset: 0, length: 11 })
    expect(errorAt('%{WORD:a:b:c}')).toMatchObject({ code: 'grok-syntax', offset: 0 })
  })

  it('names the pattern the error is in and counts UTF-16 units', () => {
    expect(errorAt('é😀(', 'CUSTOM')).toEqual({
      code: 'grok-syntax',
      patternName: 'CUSTOM',
      offset: 3,
      length: 1,
    })
  })
})

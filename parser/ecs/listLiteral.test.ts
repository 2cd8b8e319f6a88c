import { describe, expect, it } from 'vitest'
import { readListLiteral } from './listLiteral'

describe('readListLiteral', () => {
  it.each([
    // what Jinja2 renders for {{ ["end"] }}
    ["['end']", ['end']],
    // JSON lists, as parsers write them in YAML
    ['["session"]', ['session']],
    ['["authentication", "network"]', ['authentication', 'network']],
    ['[\'a\', "b"]', ['a', 'b']],
    ['[]', []],
    ['[ ]', []],
    ["['a',]", ['a']],
    ["\n['a'\n]\n", ['a']],
    // scalars
    [
      '[1, -2, +3, 1.5, .5, 1., 1e3, 1_000, 0x1F, 0o17, 0b101, 00]',
      [1, -2, 3, 1.5, 0.5, 1, 1000, 1000, 31, 15, 5, 0],
    ],
    ['[True, False, None]', [true, false, null]],
    ['[true, false, null]', [true, false, null]],
    // nested lists and tuples (tuples have no JSON form: they become lists); '(x)' is just x
    ["[['a'], ('b', 'c'), ('d',), (), ('e')]", [['a'], ['b', 'c'], ['d'], [], 'e']],
    // Python string escapes, and unknown escapes kept as written
    [
      "['\\x41\\101\\u00e9\\U0001F600', 'a\\'b', \"c\\\"d\", 'e\\\\f', '\\d']",
      ['AAé😀', "a'b", 'c"d', 'e\\f', '\\d'],
    ],
    ["['tab\\there', 'nl\\n']", ['tab\there', 'nl\n']],
    // adjacent string literals concatenate
    ["['a' 'b']", ['ab']],
    // JSON escapes
    ['["\\u00e9\\n"]', ['é\n']],
  ])('%s', (text, list) => {
    expect(readListLiteral(text)).toEqual(list)
  })

  it.each([
    'end',
    "'end'",
    '"end"',
    '("a", "b")',
    '{"a": 1}',
    '5',
    '',
    '[',
    '[,]',
    '[1 2]',
    "['a'",
    "['a']]",
    '[007]',
    '[--1]',
    '[-True]',
    '[1j]',
    '[{1: 2}]',
    '[TRUE]',
    '[True, null]',
    "['\\N{DASH}']",
    "['\\x4']",
    '[a]',
    '[1 if x else 2]',
    "['a\nb']",
  ])('%j is not a list literal', (text) => {
    expect(readListLiteral(text)).toBeUndefined()
  })
})

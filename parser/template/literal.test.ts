import { describe, expect, it } from 'vitest'
import { parsePythonLiteral } from './literal'

// What Python's ast.literal_eval returns, as a Value (tuples become lists).
describe('parsePythonLiteral', () => {
  it.each([
    ["['end']", ['end']],
    ['["session"]', ['session']],
    ["['a', 'b',]", ['a', 'b']],
    ['True', true],
    ['False', false],
    ['None', null],
    ['  True\n', true], // surrounding whitespace and a trailing newline are fine
    ['\n1', 1],
    ['1 # comment', 1],
    ['42', 42],
    ['-7', -7],
    ['+3', 3],
    ['- 1', -1],
    ['-(1)', -1],
    ['1_000', 1000],
    ['0x1F', 31],
    ['0o17', 15],
    ['0b101', 5],
    ['00', 0],
    ['1.5', 1.5],
    ['1.', 1],
    ['.5', 0.5],
    ['1e5', 100000],
    ['1e999', Number.POSITIVE_INFINITY], // a float literal that overflows is inf
    ["'it\\'s'", "it's"],
    ['"a\\tb\\x41\\u00e9"', 'a\tbAé'],
    ["'\\d'", '\\d'], // unknown escapes keep their backslash
    ["r'\\d\\n'", '\\d\\n'],
    ["'a' 'b'", 'ab'], // implicit concatenation
    ["'''x'''", 'x'],
    ["u'x'", 'x'],
    ['(1, 2)', [1, 2]],
    ['(1,)', [1]],
    ['()', []],
    ['(1)', 1], // parentheses alone do not make a tuple
    ['1, 2', [1, 2]],
    ['[[1], []]', [[1], []]],
    ["{'a': 1, 'b': [None, True]}", { a: 1, b: [null, true] }],
    ["{'a': 1, 'a': 2}", { a: 2 }],
    ['{}', {}],
    ["{'__proto__': 1}", JSON.parse('{"__proto__": 1}')],
    ['[\n  1,\n  2\n]', [1, 2]],
  ])('%j', (text, value) => {
    expect(parsePythonLiteral(text)).toEqual({ ok: true, value })
  })

  it.each([
    '',
    'true', // a name, not the constant
    'none',
    'inf',
    'abc',
    '--1',
    '-True',
    '1 + 2',
    '012', // leading zeros are a syntax error in Python 3
    '1 2',
    '[1, 2',
    '[,]',
    "'unterminated",
    "'line\nbreak'",
    "b'bytes'", // bytes: a literal to Python, not a Value
    "f'{x}'",
    '1j', // complex: a literal to Python, not a Value
    '{1, 2}', // a set: a literal to Python, not a Value
    'set()',
    '{1: 2}', // a valid literal, but a Value's keys are strings
    '1\n2',
    '(403)x',
    '233816e0x',
  ])('%j is not a literal', (text) => {
    expect(parsePythonLiteral(text)).toEqual({ ok: false })
  })
})

// Hostile templates: whatever a parser definition carries as a Jinja2 template, compiling either
// gives a template or a located TemplateSyntaxError, and rendering it over any event gives a string
// or a TemplateRuntimeError (the platform's "cannot be computed"), never an uncaught JS error.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzParameters, fuzzTimeout } from '../testing/fuzz'
import type { Value } from '../types'
import { TemplateRuntimeError, TemplateSyntaxError } from './errors'
import { compileTemplate, type Scope } from './template'

const FILTERS = [
  'lower',
  'upper',
  'title',
  'trim',
  'string',
  'int',
  'float',
  'round',
  'abs',
  'length',
  'first',
  'last',
  'list',
  'join',
  'reverse',
  'sort',
  'unique',
  'min',
  'max',
  'sum',
  'dictsort',
  'items',
  'tojson',
  'default',
  'replace',
  'truncate',
  'center',
  'format',
  'map',
  'select',
  'selectattr',
  'basename',
  'wordcount',
]
const TESTS = ['defined', 'none', 'string', 'number', 'mapping', 'sequence', 'in', 'odd', 'eq']
const METHODS = ['split', 'strip', 'startswith', 'replace', 'get', 'keys', 'format', 'join', 'find']

/** The names a scope offers, and some that it lacks (Undefined is part of the surface). */
const name = fc.constantFrom('x', 'y', 'parsed_event', 'missing', 'range', 'dict', 'namespace')
const literal = fc.constantFrom(
  '0',
  '1',
  '-1',
  '7',
  '2.5',
  '1e3',
  '0x1f',
  'None',
  'true',
  'False',
  "''",
  "'a b'",
  '"%s-%d"',
  "'\\x00\\ud800'",
  "'<script>'",
  '[]',
  '[1, "a"]',
  '{}',
  "{'k': 1}",
  '(1,)',
)

const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    name,
    fc
      .tuple(tie('expr'), fc.constantFrom('.', '.result.', '.message'))
      .map(([e, dot]) =>
        dot === '.' ? `${e}.source_ip` : `${e}${dot}${dot.endsWith('.') ? 'user' : ''}`,
      ),
    fc.tuple(tie('expr'), tie('expr')).map(([e, key]) => `${e}[${key}]`),
    fc
      .tuple(tie('expr'), fc.constantFrom('', '1', ':', '::-1', '1:2'))
      .map(([e, slice]) => `${e}[${slice || '0'}]`),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', '/', '//', '%', '**', '~', '==', '<', 'and', 'or', 'in'),
        tie('expr'),
      )
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom('not ', '-'), tie('expr')).map(([op, e]) => `${op}${e}`),
    fc
      .tuple(tie('expr'), fc.constantFrom(...FILTERS), fc.array(tie('expr'), { maxLength: 2 }))
      .map(([e, filter, args]) => `${e}|${filter}${args.length ? `(${args.join(', ')})` : ''}`),
    fc
      .tuple(tie('expr'), fc.constantFrom(...METHODS), fc.array(tie('expr'), { maxLength: 2 }))
      .map(([e, method, args]) => `${e}.${method}(${args.join(', ')})`),
    fc
      .tuple(tie('expr'), fc.boolean(), fc.constantFrom(...TESTS))
      .map(([e, not, test]) => `(${e} is ${not ? 'not ' : ''}${test})`),
    fc
      .tuple(tie('expr'), tie('expr'), tie('expr'))
      .map(([a, cond, b]) => `(${a} if ${cond} else ${b})`),
    fc.array(tie('expr'), { maxLength: 3 }).map((items) => `range(${items.join(', ')})`),
  ),
})).expr

/** Well-formed statements, so rendering is reached, not only the parser's refusals. */
const statement = fc.oneof(
  expression.map((e) => `{{ ${e} }}`),
  fc
    .tuple(expression, expression, expression)
    .map(([c, a, b]) => `{% if ${c} %}{{ ${a} }}{% else %}{{ ${b} }}{% endif %}`),
  fc
    .tuple(expression, expression)
    .map(([items, body]) => `{% for i in ${items} %}{{ i }}{{ ${body} }}{% endfor %}`),
  fc
    .tuple(expression, expression)
    .map(([value, use]) => `{% set v = ${value} %}{{ v }}{{ ${use} }}`),
  fc.string({ maxLength: 12 }),
)

/** Syntax pieces, joined at random: mostly broken templates, some by accident valid. */
const piece = fc.constantFrom(
  '{{',
  '}}',
  '{%',
  '%}',
  '{#',
  '#}',
  '{%-',
  '-%}',
  'if ',
  'elif ',
  'else',
  'endif',
  'for ',
  ' in ',
  'endfor',
  'set ',
  'raw',
  'endraw',
  'macro ',
  'filter ',
  '=',
  '|',
  '.',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  "'",
  '"',
  ' ',
  'x',
  '1',
  '**',
  'is ',
  'not ',
  '\u0000',
  '\ud800',
  '\n',
)
const soup = fc.array(fc.oneof(piece, expression), { maxLength: 12 }).map((parts) => parts.join(''))

const template = fc.oneof(
  fc.array(statement, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
  soup,
)

const value: fc.Arbitrary<Value> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Value>
const scope: fc.Arbitrary<Scope> = fc.record({
  x: value,
  y: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer()),
  parsed_event: fc.record({
    message: fc.string(),
    result: fc.dictionary(fc.constantFrom('source_ip', 'user', 'pid'), value, { maxKeys: 3 }),
  }),
})

describe('templates on hostile sources and events', () => {
  it(
    'compile to a template or a located TemplateSyntaxError, render to text or a TemplateRuntimeError',
    () => {
      fc.assert(
        fc.property(template, scope, (source, context) => {
          let compiled: ReturnType<typeof compileTemplate>
          try {
            compiled = compileTemplate(source)
          } catch (error) {
            expect(error).toBeInstanceOf(TemplateSyntaxError)
            if (!(error instanceof TemplateSyntaxError)) return
            expect(error.offset).toBeGreaterThanOrEqual(0)
            expect(error.offset).toBeLessThanOrEqual(source.length)
            return
          }
          try {
            expect(typeof compiled.render(context)).toBe('string')
          } catch (error) {
            if (!(error instanceof TemplateRuntimeError)) throw error
          }
        }),
        fuzzParameters(25_000),
      )
    },
    fuzzTimeout(120_000),
  )
})

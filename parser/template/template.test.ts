import { describe, expect, it } from 'vitest'
import { TemplateRuntimeError, TemplateSyntaxError, UndefinedError } from './errors'
import { LIBRARY_CASES } from './library.cases'
import { RENDER_CASES } from './render.cases'
import { compileTemplate, isTemplate, type Scope } from './template'

const ERRORS = { TemplateSyntaxError, UndefinedError, TemplateRuntimeError }

function outcome(template: string, scope: Scope): string | { error: string } {
  try {
    return compileTemplate(template).render(scope)
  } catch (e) {
    if (e instanceof UndefinedError) return { error: 'UndefinedError' }
    if (e instanceof TemplateRuntimeError) return { error: 'TemplateRuntimeError' }
    if (e instanceof TemplateSyntaxError) return { error: 'TemplateSyntaxError' }
    throw e
  }
}

describe('rendering with Jinja2 semantics', () => {
  it('has a table of at least 80 cases', () => {
    expect(RENDER_CASES.length + LIBRARY_CASES.length).toBeGreaterThanOrEqual(80)
  })

  it.each(RENDER_CASES)('$template', ({ template, scope, expected }) => {
    expect(outcome(template, scope ?? {})).toEqual(expected)
  })

  it.each(LIBRARY_CASES)('$template', ({ template, scope, expected }) => {
    expect(outcome(template, scope ?? {})).toEqual(expected)
  })

  it('raises the error classes the table names', () => {
    expect(() => compileTemplate('{{ x.y }}').render({})).toThrow(ERRORS.UndefinedError)
    expect(() => compileTemplate('{{ 1 + "a" }}').render({})).toThrow(ERRORS.TemplateRuntimeError)
    expect(() => compileTemplate('{{ x | nope }}')).toThrow(ERRORS.TemplateSyntaxError)
  })
})

describe('compiled templates', () => {
  it('render many scopes from one compilation', () => {
    const t = compileTemplate('{{ e.result.ip }}')
    expect(t.render({ e: { result: { ip: '1.2.3.4' } } })).toBe('1.2.3.4')
    expect(t.render({ e: { result: { ip: '::1' } } })).toBe('::1')
    expect(t.render({ e: { result: null } })).toBe('')
    expect(t.source).toBe('{{ e.result.ip }}')
  })

  it('never mutate the caller data, even through list.append or dict.update', () => {
    const scope = { l: ['a'], d: { k: 1 } }
    const t = compileTemplate("{{ l.append('b') }}{{ d.update({'z': 2}) }}{{ l }} {{ d }}")
    expect(t.render(scope)).toBe("NoneNone['a', 'b'] {'k': 1, 'z': 2}")
    expect(scope).toEqual({ l: ['a'], d: { k: 1 } })
  })

  it('ignore inherited properties of the scope object', () => {
    expect(compileTemplate('{{ toString }}|{{ constructor }}|').render({})).toBe('||')
  })

  it('keep state from one render out of the next', () => {
    const t = compileTemplate('{% set x = (x or 0) + 1 %}{{ x }}')
    expect(t.render({})).toBe('1')
    expect(t.render({})).toBe('1')
  })
})

describe('isTemplate', () => {
  it.each([
    ['{{ x }}', true],
    ['{% if x %}{% endif %}', true],
    ['{# note #}', true],
    ['VMware', false],
    ['{ "json": 1 }', false],
    ['["end"]', false],
  ])('%s -> %s', (text, expected) => {
    expect(isTemplate(text)).toBe(expected)
  })
})

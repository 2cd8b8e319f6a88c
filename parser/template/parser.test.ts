import { describe, expect, it } from 'vitest'
import { TemplateSyntaxError } from './errors'
import { compileTemplate } from './template'

function syntaxError(template: string): TemplateSyntaxError {
  try {
    compileTemplate(template)
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return e
    throw e
  }
  throw new Error(`compiled without error: ${template}`)
}

// Messages are Jinja2's; the position is the offending token, or the opening tag of what is never closed.
describe('syntax errors', () => {
  it.each([
    [
      '{% if x %}a',
      "Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.",
      1,
      4,
    ],
    ['a\n{{ x', "unexpected end of template, expected 'end of print statement'.", 2, 1],
    [
      'x\n  {% for a in b %}',
      "Jinja was looking for the following tags: 'endfor' or 'else'.",
      2,
      6,
    ],
    ['a\n\n{% foo %}', "Encountered unknown tag 'foo'.", 3, 4],
    ['{{ x | nope }}', "No filter named 'nope'.", 1, 8],
    ['{{ x is nope }}', "No test named 'nope'.", 1, 9],
    ['{{ x | attr("y") }}', "the 'attr' filter is not supported by this template engine", 1, 8],
    ['{{ x +* 2 }}', "unexpected '*'", 1, 7],
    ['{{ a b }}', "expected token 'end of print statement', got 'b'", 1, 6],
    ['{# abc', 'Missing end of comment tag', 1, 1],
    ['ok\r\n{% raw %}abc', 'Missing end of raw directive', 2, 1],
    ["{{ 'abc }}", `unexpected char "'" at 3`, 1, 4],
    ['line1\n  {{ (1 }}', "unexpected '}', expected ')'", 2, 9],
    ['{{ x }', "unexpected '}'", 1, 6],
    ['{{ "\\x4" }}', 'truncated \\xXX escape', 1, 4],
    ['{% set 1 = 2 %}', "can't assign to 'const'", 1, 8],
    ['{% if x %}a{% endif: %}', "expected token 'end of statement block', got ':'", 1, 20],
    ['{% else: %}', "Encountered unknown tag 'else'.", 1, 4],
    [
      '{% for x in y %}{% endif %}',
      "Encountered unknown tag 'endif'. Jinja was looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.",
      1,
      20,
    ],
    [
      '{% if x %}{% for a in b %}{% endif %}',
      "Encountered unknown tag 'endif'. You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.",
      1,
      30,
    ],
    [
      '{% macro m() %}{% endmacro %}',
      "the 'macro' tag is not supported by this template engine",
      1,
      4,
    ],
    [
      '{% for x in y recursive %}{% endfor %}',
      'recursive loops are not supported by this template engine',
      1,
      15,
    ],
    ['{{ }}', "Expected an expression, got 'end of print statement'", 1, 4],
    ['{{ x|int(base=16, 3) }}', 'invalid syntax for function call expression', 1, 9],
  ])('%j', (template, message, line, column) => {
    const e = syntaxError(template)
    expect(e.message).toContain(message)
    expect([e.line, e.column]).toEqual([line, column])
  })

  it('refuses a template nested deeper than the stack allows', () => {
    const deep = `{{ ${'('.repeat(20000)}1${')'.repeat(20000)} }}`
    expect(syntaxError(deep).message).toBe('the template is nested too deeply')
  })

  it('counts columns in UTF-16 units from the start of the line', () => {
    const e = syntaxError('é\n\tab {{ x | nope }}')
    expect([e.line, e.column, e.offset]).toEqual([2, 12, 13])
  })

  it('defers unknown filters inside an if to rendering, as Jinja2 does', () => {
    const t = compileTemplate('{% if a %}\n{% else %}\n{{ x | nope }}\n{% endif %}')
    expect(t.render({ a: true })).toBe('\n')
    expect(() => t.render({ a: false })).toThrow("No filter named 'nope' found.")
  })
})

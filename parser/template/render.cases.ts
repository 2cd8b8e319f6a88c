// Expected renderings, derived from Jinja2's documented behaviour and CPython's (default Undefined,
// autoescape off, keep_trailing_newline off, plus the platform's strip/basename/dirname filters).
import type { Value } from '../types'

export type ExpectedError = 'TemplateSyntaxError' | 'UndefinedError' | 'TemplateRuntimeError'

export interface RenderCase {
  template: string
  scope?: Record<string, Value>
  /** The rendered text, or the class of error rendering (or compiling) must throw. */
  expected: string | { error: ExpectedError }
}

export const raises = (error: ExpectedError) => ({ error })
const EVENT = { result: { ip: '1.2.3.4', port: '22', message: null, user: 'Root' } }

export const RENDER_CASES: RenderCase[] = [
  // Output, data and comments
  { template: 'plain text', expected: 'plain text' },
  { template: '{{ x }}', scope: { x: 'a' }, expected: 'a' },
  { template: 'a{# comment #}b', expected: 'ab' },
  { template: '{{ 1, 2 }}', expected: '(1, 2)' }, // Jinja2 prints a bare tuple
  { template: "{{ 'a' 'b' }}", expected: 'ab' }, // adjacent literals concatenate
  { template: '{% raw %}{{ x }}{% endraw %}', expected: '{{ x }}' },
  { template: "{{ {'a': {'b': 1}}}}", expected: "{'a': {'b': 1}}" }, // }}} closes the dict before the tag
  // keep_trailing_newline is off: exactly one trailing newline goes, whatever its style
  { template: 'a\n', expected: 'a' },
  { template: 'a\n\n', expected: 'a\n' },
  { template: 'a\r\n', expected: 'a' },
  { template: 'a\r\nb\rc', expected: 'a\nb\nc' }, // the lexer turns every newline into \n
  { template: '{{ x }}\n', scope: { x: 'v' }, expected: 'v' },
  // Whitespace control
  { template: '  {%- if true -%}  x  {%- endif -%}  ', expected: 'x' },
  { template: "a {{- 'b' -}} c", expected: 'abc' },
  { template: 'a {#- c -#} b', expected: 'ab' },
  { template: 'a {%+ if true +%} b{% endif %}', expected: 'a  b' }, // + is a no-op without lstrip_blocks
  { template: 'a\n  {%- if true %}\n  b{% endif %}', expected: 'a\n  b' }, // - strips newlines too
  // if / elif / else, with the colon Jinja2 tolerates after a tag head
  { template: '{% if x %}yes{% else %}no{% endif %}', scope: { x: 1 }, expected: 'yes' },
  {
    template: '{% if x: %}a{% elif y: %}b{% else: %}c{% endif %}',
    scope: { y: true },
    expected: 'b',
  },
  { template: '{% if x %}a{% else: %}c{% endif %}', expected: 'c' },
  { template: '{% if [] %}a{% elif {} %}b{% elif 0.0 %}c{% else %}d{% endif %}', expected: 'd' },
  // for loops
  { template: '{% for i in [1, 2, 3] %}{{ i }}{% endfor %}', expected: '123' },
  {
    template:
      '{% for i in x %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }};{% endfor %}',
    scope: { x: ['a', 'b'] },
    expected: '10TrueFalse2;21FalseTrue2;',
  },
  {
    template: '{% for k, v in d.items() %}{{ k }}={{ v }},{% endfor %}',
    scope: { d: { a: 1, b: 'x' } },
    expected: 'a=1,b=x,',
  },
  { template: '{% for c in "ab" %}{{ c }}.{% endfor %}', expected: 'a.b.' },
  { template: '{% for k in d %}{{ k }}{% endfor %}', scope: { d: { a: 1, b: 2 } }, expected: 'ab' }, // a dict iterates its keys
  { template: '{% for i in u %}x{% else %}empty{% endfor %}', expected: 'empty' }, // iterating Undefined yields nothing
  {
    template:
      '{% for i in [1, 2, 3, 4] if i is even %}{{ loop.index }}/{{ loop.length }} {% endfor %}',
    expected: '1/2 2/2 ',
  },
  {
    template: '{% for i in [1, 2, 3] %}{{ loop.previtem }}-{{ loop.revindex }} {% endfor %}',
    expected: '-3 1-2 2-1 ',
  },
  { template: '{% for i in none %}{% endfor %}', expected: raises('TemplateRuntimeError') }, // None is not iterable
  { template: '{% for a, b in [(1, 2), (3, 4)] %}{{ a + b }}{% endfor %}', expected: '37' },
  {
    template: '{% for a, b in [(1, 2, 3)] %}{% endfor %}',
    expected: raises('TemplateRuntimeError'),
  },
  // set and its scoping: a set inside a loop does not leak out, and each iteration starts afresh
  { template: '{{ x }}{% set x = 1 %}{{ x }}', scope: { x: 5 }, expected: '51' },
  {
    template:
      '{% set x = 0 %}{% for i in [1, 2] %}[{{ x }}{% set x = i %}{{ x }}]{% endfor %}{{ x }}',
    expected: '[01][02]0',
  },
  {
    template: '{% for i in [1, 2] %}{% if i == 2 %}{{ x }}{% endif %}{% set x = i %}{% endfor %}',
    expected: '',
  },
  { template: '{% if true %}{% set x = 3 %}{% endif %}{{ x }}', expected: '3' }, // if is not a scope
  {
    template: '{% for i in [] %}{% else %}{% set x = 1 %}{{ x }}{% endfor %}[{{ x }}]',
    expected: '1[]',
  },
  { template: '{% set a, b = 1, 2 %}{{ a }}{{ b }}', expected: '12' },
  { template: '{% set x %}  hi {{ 1 }}{% endset %}[{{ x }}]', expected: '[  hi 1]' },
  { template: '{% set x | upper %}hi{% endset %}{{ x }}', expected: 'HI' },
  {
    template:
      '{% set ns = namespace(found=false) %}{% for i in [1] %}{% set ns.found = true %}{% endfor %}{{ ns.found }}',
    expected: 'True',
  },
  { template: '{% set x = 1 %}{% set x.y = 2 %}', expected: raises('TemplateRuntimeError') },
  { template: '{% set l = [] %}{{ l.append(1) }}{{ l }}', expected: 'None[1]' }, // append mutates and returns None
  // Literals
  { template: "{{ 'it\\'s' }} {{ \"a\\tb\" }} {{ '\\x41\\u00e9' }}", expected: "it's a\tb Aé" },
  { template: '{{ "\\d" }}', expected: '\\d' }, // unknown escapes keep their backslash
  {
    template: '{{ 42 }} {{ -7 }} {{ 1_000 }} {{ 0x1F }} {{ 0o17 }} {{ 0b101 }}',
    expected: '42 -7 1000 31 15 5',
  },
  {
    template: '{{ 1.5 }} {{ 1e3 }} {{ 1E16 }} {{ 0.00001 }} {{ 1.0 }}',
    expected: '1.5 1000.0 1e+16 1e-05 1.0',
  },
  { template: '{{ [1, "a", none, true] }}', expected: "[1, 'a', None, True]" },
  { template: '{{ ["end"] }}', expected: "['end']" }, // Python's repr, not JSON
  { template: '{{ (1,) }} {{ () }} {{ (1, 2) }}', expected: '(1,) () (1, 2)' },
  {
    template: "{{ {'a': 1, 'b': [None, True, 1.5]} }}",
    expected: "{'a': 1, 'b': [None, True, 1.5]}",
  },
  {
    template: '{{ None }} {{ none }} {{ True }} {{ true }} {{ False }} {{ false }}',
    expected: 'None None True True False False',
  },
  { template: '{{ None is none }}', expected: 'True' }, // None is a constant, not an undefined name
  { template: '{{ ["it\'s"] }} {{ [\'a"b\'] }}', expected: '["it\'s"] [\'a"b\']' }, // repr picks the quote
  // Attribute and item access, and Jinja2's lookup order
  { template: '{{ e.result.ip }}', scope: { e: EVENT }, expected: '1.2.3.4' },
  { template: "{{ e['result']['port'] }}", scope: { e: EVENT }, expected: '22' },
  {
    template: '{{ x[0] }} {{ x[-1] }} {{ x.1 }}',
    scope: { x: ['a', 'b', 'c'] },
    expected: 'a c b',
  },
  { template: '{{ x.0.1 }}', scope: { x: [[1, 2]] }, expected: '2' },
  { template: '{{ d[k[1:]] }}', scope: { d: { b: 1 }, k: 'ab' }, expected: '1' }, // a sliced key, not a slice
  { template: '{{ x[1, 2:3] }}', scope: { x: [1] }, expected: raises('TemplateSyntaxError') }, // Jinja2 emits invalid Python
  {
    template: '{{ x[1:-1] }} {{ x[::2] }} {{ x[::-1] }} {{ x[5:] }}|',
    scope: { x: "'abcd'" },
    expected: "abcd 'bd 'dcba' '|",
  },
  { template: '{{ [1, 2, 3][1:] }} {{ (1, 2, 3)[:-1] }}', expected: '[2, 3] (1, 2)' },
  { template: '{{ d.keys() | list }}', scope: { d: { keys: 1 } }, expected: "['keys']" }, // . tries the attribute first
  { template: "{{ d['keys'] }}", scope: { d: { keys: 1 } }, expected: '1' }, // [] tries the item first
  { template: "{{ 'abc'['upper']() }}", expected: 'ABC' }, // [] falls back to the attribute
  { template: "{{ 'abc'[10] }}|", expected: '|' }, // IndexError becomes Undefined
  // Undefined exactly as Jinja2's default Undefined
  { template: '{{ missing }}|', expected: '|' },
  { template: '{{ e.nope }}|', scope: { e: EVENT }, expected: '|' },
  { template: '{{ e.result.message.x }}|', scope: { e: EVENT }, expected: '|' }, // attribute of None is Undefined
  { template: '{{ e.nope.x }}', scope: { e: EVENT }, expected: raises('UndefinedError') }, // attribute of Undefined raises
  { template: '{{ missing.x }}', expected: raises('UndefinedError') },
  { template: "{{ missing['x'] }}", expected: raises('UndefinedError') },
  { template: '{{ e.message != None }}', scope: { e: EVENT }, expected: 'True' }, // undefined != None
  { template: '{{ e.result.message != None }}', scope: { e: EVENT }, expected: 'False' }, // None == None
  {
    template: '{{ u == none }} {{ u == u }} {{ u == e.x }}',
    scope: { e: EVENT },
    expected: 'False True True',
  },
  { template: '{{ u | length }} {{ u | list }} {{ u | join(",") }}|', expected: '0 [] |' },
  { template: '{{ 1 in u }} {{ u in [1] }} {{ "a" in u }}', expected: 'False False False' },
  { template: '{% if u %}t{% else %}f{% endif %} {{ not u }}', expected: 'f True' },
  { template: '{{ u + 1 }}', expected: raises('UndefinedError') },
  { template: '{{ u < 1 }}', expected: raises('UndefinedError') },
  { template: '{{ -u }}', expected: raises('UndefinedError') },
  { template: "{{ u ~ 'a' }}", expected: 'a' }, // ~ uses str(), and str(Undefined) is ''
  {
    template: '{{ e.result.message.strip() }}',
    scope: { e: EVENT },
    expected: raises('UndefinedError'),
  }, // method on None
  { template: '{{ u.strip() }}', expected: raises('UndefinedError') },
  { template: '{{ u() }}', expected: raises('UndefinedError') },
  { template: '{{ len(x) }}', scope: { x: 'ab' }, expected: raises('UndefinedError') }, // len is not a Jinja2 global
  { template: '{{ 1 if false }}|', expected: '|' }, // a conditional without else yields Undefined
  {
    template: '{{ u is defined }} {{ u is undefined }} {{ none is defined }}',
    expected: 'False True True',
  },
  // Operators
  {
    template:
      '{{ 1 + 2 }} {{ 7 - 10 }} {{ 2 * 3 }} {{ 7 / 2 }} {{ 4 / 2 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ 2 ** 10 }}',
    expected: '3 -3 6 3.5 2.0 3 1 1024',
  },
  {
    template: '{{ -7 // 2 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ 7.5 // 2 }} {{ -7.5 % 2 }}',
    expected: '-4 2 -2 3.0 0.5',
  }, // floor semantics
  { template: '{{ 2 ** 3 ** 2 }} {{ -2 ** 2 }}', expected: '64 4' }, // Jinja2: ** is left-associative, unary minus binds first
  {
    template: '{{ 2 ** 100 }} {{ 3 ** 50 }} {{ 2 ** -1 }}',
    expected: '1267650600228229401496703205376 717897987691852588770249 0.5',
  },
  {
    template: '{{ 0.1 + 0.2 }} {{ 1 / 3 }} {{ 10.0 ** 20 }} {{ 1e300 * 1e10 }}',
    expected: '0.30000000000000004 0.3333333333333333 1e+20 inf',
  },
  {
    template: "{{ 'a' + 'b' }} {{ 'ab' * 3 }} {{ [1] * 2 }} {{ [1] + [2] }} {{ true + 1 }}",
    expected: 'ab ababab [1, 1] [1, 2] 2',
  },
  { template: "{{ 'a' ~ 1 ~ none ~ 1.0 ~ [1] }}", expected: 'a1None1.0[1]' },
  { template: "{{ 1 + 'a' }}", expected: raises('TemplateRuntimeError') },
  { template: "{{ 10 ** 20 * '' }}", expected: raises('TemplateRuntimeError') }, // OverflowError even for an empty str
  { template: '{{ 1 / 0 }}', expected: raises('TemplateRuntimeError') },
  { template: '{{ 5 % 0 }}', expected: raises('TemplateRuntimeError') },
  {
    template:
      "{{ 1 == 1.0 }} {{ true == 1 }} {{ 'x' == 1 }} {{ [1, 2] == [1, 2] }} {{ (1, 2) == [1, 2] }}",
    expected: 'True True False True False',
  },
  {
    template: "{{ 1 < 2 < 3 }} {{ 3 > 2 == 2 }} {{ 'B' < 'a' }} {{ [1, 'a'] < [1, 'b'] }}",
    expected: 'True True True True',
  },
  { template: "{{ 'x' < 1 }}", expected: raises('TemplateRuntimeError') }, // ordering str against int raises
  { template: '{{ none < 1 }}', expected: raises('TemplateRuntimeError') },
  {
    template: "{{ 'b' in 'abc' }} {{ 'z' not in 'abc' }} {{ 1 in [1.0] }} {{ 'a' in {'a': 1} }}",
    expected: 'True True True True',
  },
  { template: "{{ 1 in 'abc' }}", expected: raises('TemplateRuntimeError') },
  { template: "{{ 'a' in none }}", expected: raises('TemplateRuntimeError') },
  {
    template: "{{ x or 'def' }} {{ x and 'yes' }}|{{ 0 or none }} {{ 1 and 2 }}",
    scope: { x: '' },
    expected: 'def |None 2',
  }, // and/or return an operand
  { template: "{{ 'a' if x else 'b' }}", scope: { x: [] }, expected: 'b' },
  { template: '{{ not 0 }} {{ not x }}', scope: { x: 'a' }, expected: 'True False' },
  // Filters bind tighter than binary operators
  { template: '{{ a or b | lower }}', scope: { a: 'X', b: 'Y' }, expected: 'X' },
  { template: '{{ a or b | lower }}', scope: { a: '', b: 'XY' }, expected: 'xy' },
  { template: "{{ 'A' in 'abc' | upper }}", expected: 'True' },
  { template: '{{ not x | length }}', scope: { x: 3 }, expected: raises('TemplateRuntimeError') }, // not (x|length): len(3) raises
  { template: '{{ -x | abs }}', scope: { x: 3 }, expected: '3' }, // abs(-x): the filter applies to the negation
  { template: '{{ 1 + 2 | string }}', expected: raises('TemplateRuntimeError') }, // 1 + '2'
]

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

const raises = (error: ExpectedError) => ({ error })
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
  // Tests
  {
    template:
      '{{ x is none }} {{ x is not none }} {{ 1 is number }} {{ "a" is string }} {{ 1.0 is float }}',
    scope: { x: null },
    expected: 'True False True True True',
  },
  {
    template: '{{ true is number }} {{ true is integer }} {{ 1 is integer }} {{ true is boolean }}',
    expected: 'True False True True',
  },
  {
    template:
      '{{ 9 is divisibleby 3 }} {{ 3 is odd }} {{ 4 is even }} {{ x is mapping }} {{ x is sequence }}',
    scope: { x: { a: 1 } },
    expected: 'True True True True True',
  },
  {
    template:
      "{{ 'abc' is lower }} {{ 2 is in [1, 2] }} {{ 'lower' is filter }} {{ 'nope' is test }}",
    expected: 'True True True False',
  },
  {
    template: '{{ 1 is eq 1 }} {{ 2 is gt 1 }} {{ 2 is lessthan 1 }}',
    expected: 'True True False',
  },
  {
    template: '{{ u is sequence }} {{ u is iterable }} {{ none is iterable }}',
    expected: 'True True False',
  }, // Undefined has len and getitem
  // String filters on None and Undefined
  {
    template: '{{ none | lower }} {{ none | trim }} {{ none | upper }}',
    expected: 'none None NONE',
  },
  {
    template: '{{ u | lower }}|{{ u | upper }}|{{ u | trim }}|{{ u | string }}|',
    expected: '||||',
  },
  {
    template: '{{ x | lower }} {{ x | upper }} {{ x | capitalize }} {{ x | title }}',
    scope: { x: "hELLO o'neil-x (ab)" },
    expected: "hello o'neil-x (ab) HELLO O'NEIL-X (AB) Hello o'neil-x (ab) Hello O'neil-X (Ab)",
  },
  {
    template: "{{ x | trim }}|{{ x | trim('x ') }}|{{ x | strip }}|{{ x | strip(' x') }}",
    scope: { x: '  x a x  ' },
    expected: 'x a x|a|x a x|a',
  },
  {
    template:
      "{{ x | replace('a', 'b') }} {{ x | replace('a', 'b', 1) }} {{ x | replace('', '-') }} {{ none | replace('o', '0') }}",
    scope: { x: 'aaa' },
    expected: 'bbb baa -a-a-a- N0ne',
  },
  {
    template: '{{ x | truncate(5) }}|{{ x | truncate(9) }}|{{ x | truncate(9, true) }}',
    scope: { x: 'hello world foo bar' },
    expected: 'he...|hello...|hello ...',
  },
  {
    template: '{{ x | string }} {{ 1.5 | string }} {{ none | string }}',
    scope: { x: ['a'] },
    expected: "['a'] 1.5 None",
  },
  // Sequence filters
  {
    template: '{{ x | first }} {{ x | last }} {{ "abc" | first }} {{ d | first }} {{ d | last }}',
    scope: { x: [1, 2], d: { a: 1, b: 2 } },
    expected: '1 2 a a b',
  },
  { template: '{{ [] | first }}|{{ u | first }}|{{ u | last }}|', expected: '|||' },
  { template: '{{ none | first }}', expected: raises('TemplateRuntimeError') },
  {
    template: '{{ x | length }} {{ "abc" | count }} {{ d | length }} {{ "é😀" | length }}',
    scope: { x: [1, 2], d: { a: 1 } },
    expected: '2 3 1 2',
  },
  { template: '{{ none | length }}', expected: raises('TemplateRuntimeError') },
  {
    template: "{{ x | join }} {{ x | join(', ') }} {{ 'abc' | join('-') }}",
    scope: { x: [1, 'a', null] },
    expected: '1aNone 1, a, None a-b-c',
  },
  {
    template: "{{ x | join(',', attribute='a') }}",
    scope: { x: [{ a: 1 }, { a: 'b' }] },
    expected: '1,b',
  },
  {
    template: "{{ 'ab' | list }} {{ d | list }} {{ x | reverse | list }} {{ 'abc' | reverse }}",
    scope: { d: { a: 1 }, x: [1, 2] },
    expected: "['a', 'b'] ['a'] [2, 1] cba",
  },
  {
    template: '{{ x | sort }} {{ x | sort(reverse=true) }} {{ x | sort(case_sensitive=true) }}',
    scope: { x: ['b', 'A', 'a', 'C'] },
    expected: "['A', 'a', 'b', 'C'] ['C', 'b', 'A', 'a'] ['A', 'C', 'a', 'b']",
  },
  {
    template: "{{ x | sort(attribute='n') | map(attribute='n') | list }}",
    scope: { x: [{ n: 2 }, { n: 1 }] },
    expected: '[1, 2]',
  },
  {
    template: '{{ x | unique | list }}',
    scope: { x: ['b', 'A', 'a', 'B', 'c'] },
    expected: "['b', 'A', 'c']",
  }, // case-insensitive by default
  {
    template: "{{ x | map('upper') | list }} {{ y | map(attribute='m', default=0) | list }}",
    scope: { x: ['b', 'a'], y: [{ n: 1 }] },
    expected: "['B', 'A'] [0]",
  },
  {
    template:
      "{{ x | select('odd') | list }} {{ x | reject('odd') | list }} {{ x | select | list }} {{ x | select('gt', 1) | list }}",
    scope: { x: [0, 1, 2, 3] },
    expected: '[1, 3] [0, 2] [1, 2, 3] [2, 3]',
  },
  {
    template: "{{ x | selectattr('on') | map(attribute='n') | list }}",
    scope: {
      x: [
        { n: 1, on: true },
        { n: 2, on: false },
      ],
    },
    expected: '[1]',
  },
  {
    template:
      "{{ [3, 1, 2] | max }} {{ [3, 1, 2] | min }} {{ [3, 1, 2] | sum }} {{ ['B', 'a'] | max }}",
    expected: '3 1 6 B',
  },
  {
    template: "{{ {'b': 1, 'a': 2} | items | list }} {{ {'b': 1, 'a': 2} | dictsort }}",
    expected: "[('b', 1), ('a', 2)] [('a', 2), ('b', 1)]",
  },
  // Conversions
  {
    template:
      "{{ '12.5' | int }} {{ 'abc' | int }} {{ 'abc' | int(7) }} {{ '0x1A' | int(0, 16) }} {{ '1A' | int(base=16) }} {{ ' 42 ' | int }}",
    expected: '12 0 7 26 26 42',
  },
  {
    template:
      "{{ '1_000' | int }} {{ '1e3' | int }} {{ none | int }} {{ 3.9 | int }} {{ true | int }} {{ '-3' | int }} {{ 'inf' | int }}",
    expected: '1000 1000 0 3 1 -3 0',
  },
  {
    template: '{{ x | int }} {{ x | int + 1 }} {{ x | float }}',
    scope: { x: '99999999999999999999' },
    expected: '99999999999999999999 100000000000000000000 1e+20',
  },
  { template: '{{ u | int }}', expected: raises('UndefinedError') }, // int(Undefined) raises, it is not a TypeError
  {
    template:
      "{{ '1.5' | float }} {{ 'x' | float }} {{ none | float }} {{ 3 | float }} {{ 'nan' | float }} {{ '-inf' | float }} {{ 'x' | float(1) }}",
    expected: '1.5 0.0 0.0 3.0 nan -inf 1',
  },
  {
    template:
      '{{ 2.5 | round }} {{ 3.5 | round }} {{ 2.675 | round(2) }} {{ 3 | round }} {{ 1234 | round(-2) }}',
    expected: '2.0 4.0 2.67 3 1200',
  }, // half-to-even on the binary value
  {
    template:
      "{{ 2.5 | round(method='floor') }} {{ 2.1 | round(method='ceil') }} {{ 42.55 | round(1, 'floor') }}",
    expected: '2.0 3.0 42.5',
  },
  { template: '{{ -3 | abs }} {{ x | abs }}', scope: { x: -3.5 }, expected: '3 3.5' },
  {
    template:
      "{{ x | default('d') }} {{ n | default('d') }} {{ e | default('d', true) }} {{ e | d('d', boolean=true) }}",
    scope: { n: null, e: '' },
    expected: 'd None d d',
  }, // None is not undefined
  {
    template: '{{ x | tojson }}',
    scope: { x: { b: [1, 2.5, null, true], a: "<é'>" } },
    expected: '{"a": "\\u003c\\u00e9\\u0027\\u003e", "b": [1, 2.5, null, true]}',
  },
  // The platform's filters: split at the last / or \ only
  {
    template: '{{ x | dirname }}|{{ x | basename }}',
    scope: { x: '/etc/a//b.conf' },
    expected: '/etc/a/|b.conf',
  },
  {
    template: '{{ x | dirname }}|{{ x | basename }}',
    scope: { x: 'C:\\Windows\\cmd.exe' },
    expected: 'C:\\Windows|cmd.exe',
  },
  {
    template: '{{ x | dirname }}|{{ x | basename }}',
    scope: { x: 'file.txt' },
    expected: '|file.txt',
  },
  // Python methods
  { template: '{{ x.strip("\'") }}', scope: { x: "'quoted'" }, expected: 'quoted' },
  {
    template: '{{ x.strip() }}|{{ x.lstrip() }}|{{ x.rstrip(" x") }}',
    scope: { x: ' x a x ' },
    expected: 'x a x|x a x | x a',
  },
  {
    template: "{{ s.startswith(('x', 'a')) }} {{ s.endswith('c') }} {{ s.startswith('b', 2) }}",
    scope: { s: 'a-b-c' },
    expected: 'True True True',
  },
  {
    template:
      "{{ s.split() }} {{ s.split(' ') }} {{ s.split(None, 1) }} {{ s.split(maxsplit=1) }} {{ s.rsplit(None, 1) }}",
    scope: { s: '  a b  c ' },
    expected:
      "['a', 'b', 'c'] ['', '', 'a', 'b', '', 'c', ''] ['a', 'b  c '] ['a', 'b  c '] ['  a b', 'c']",
  },
  {
    template:
      "{{ 'a,b,,c'.split(',') }} {{ ''.split() }} {{ ''.split(',') }} {{ 'a b c'.rsplit(' ', 1) }}",
    expected: "['a', 'b', '', 'c'] [] [''] ['a b', 'c']",
  },
  {
    template:
      "{{ s.find('b') }} {{ s.find('z') }} {{ s.index('c') }} {{ s.count('-') }} {{ s.partition('-') }} {{ s.rpartition('-') }}",
    scope: { s: 'a-b-c' },
    expected: "2 -1 4 2 ('a', '-', 'b-c') ('a-b', '-', 'c')",
  },
  { template: "{{ s.index('z') }}", scope: { s: 'abc' }, expected: raises('TemplateRuntimeError') }, // ValueError
  {
    template:
      "{{ s.lower() }} {{ s.upper() }} {{ s.replace('l', 'L', 1) }} {{ s.title() }} {{ s.capitalize() }}",
    scope: { s: "heLlo they're" },
    expected: "hello they're HELLO THEY'RE heLLo they're Hello They'Re Hello they're",
  }, // str.title differs from the title filter
  {
    template:
      "{{ '12'.isdigit() }} {{ ''.isdigit() }} {{ 'a1'.isalnum() }} {{ 'ab'.isalpha() }} {{ '-'.join(['a', 'b']) }}",
    expected: 'True False True True a-b',
  },
  { template: "{{ '-'.join([1]) }}", expected: raises('TemplateRuntimeError') },
  {
    template:
      "{{ d.get('a') }} {{ d.get('b', 'B') }} {{ d.get('c') }} {{ d.keys() | list }} {{ d.values() | list }} {{ d.items() | list }}",
    scope: { d: { a: 1, c: null } },
    expected: "1 B None ['a', 'c'] [1, None] [('a', 1), ('c', None)]",
  },
  {
    template: "{{ {'a': 1}.items() }} {{ {'a': 1}.keys() }}",
    expected: "dict_items([('a', 1)]) dict_keys(['a'])",
  },
  { template: '{{ [1, 2].index(2) }} {{ [1, 2, 2].count(2) }}', expected: '1 2' },
  {
    template: '{% set l = [1] %}{% set _ = l.extend([2, 3]) %}{{ l }} {{ l.pop() }} {{ l }}',
    expected: '[1, 2, 3] 3 [1, 2]',
  },
  { template: '{{ none.strip() }}', expected: raises('UndefinedError') },
  // printf-style formatting with %, and the format filter
  { template: "{{ '%s-%05.1f|%x|%r' % ('a', 3.14159, 255, 'b') }}", expected: "a-003.1|ff|'b'" },
  {
    template:
      "{{ '%d' % 3.9 }} {{ '%.0f' % 0.5 }} {{ '%.1f' % 2.25 }} {{ '%e' % 12345.678 }} {{ '%g' % 0.00001 }}",
    expected: '3 0 2.2 1.234568e+04 1e-05',
  }, // half-to-even on the exact value
  {
    template:
      "{{ '%(a)s=%(b)d' % {'a': 'x', 'b': 2} }} {{ '%s' % [1] }} {{ 'none' % [1] }} {{ '100%%' % () }}",
    expected: 'x=2 [1] none 100%',
  }, // a list is a mapping: no "not all converted"
  {
    template: "{{ '%s' % u }}|{{ '%s-%s' | format(1, 2) }}|{{ '%(x)s' | format(x=3) }}",
    expected: '|1-2|3',
  },
  { template: "{{ 'a' % 5 }}", expected: raises('TemplateRuntimeError') }, // not all arguments converted
  { template: "{{ '%d' % 'x' }}", expected: raises('TemplateRuntimeError') },
  // Jinja2's constant folding: a constant slice that fails is Undefined when folded, a TypeError when run
  { template: '{{ (1)[::-1] }}|{{ [1, (2)[:1]] }}', expected: '|[1, Undefined]' },
  { template: '{% if not (1)[:2] %}folded{% endif %}', expected: 'folded' }, // not Undefined is a safe constant
  { template: '{{ x[::-1] }}', scope: { x: 1 }, expected: raises('TemplateRuntimeError') },
  { template: '{{ (1)[::-1].a }}', expected: raises('TemplateRuntimeError') }, // folding fails, so it runs
  { template: '{{ (300 if true else u)[:2] }}|', expected: '|' }, // only the branch taken must be constant
  // Filters that do not stringify their value
  { template: '{{ x | truncate(8) }}', scope: { x: [1, 2] }, expected: '[1, 2]' }, // short enough by len()
  { template: '{{ 7 | truncate(8) }}', expected: raises('TemplateRuntimeError') }, // len(7)
  {
    template: "{{ n | map('upper') | list }} {{ 0 | select | list }}",
    scope: { n: null },
    expected: '[] []',
  }, // `if value:` first
  {
    template: "{{ ' x y '.rsplit(None, 1) }} {{ 'a b '.split(None, 1) }}",
    expected: "[' x', 'y'] ['a', 'b ']",
  },
  // Globals
  {
    template:
      '{{ range(3) | list }} {{ range(1, 10, 3) | list }} {{ range(3) | length }} {{ range(3) }}',
    expected: '[0, 1, 2] [1, 4, 7] 3 range(0, 3)',
  },
  {
    template: "{{ dict(a=1, b=2) }} {{ dict([('a', 1)]) }}",
    expected: "{'a': 1, 'b': 2} {'a': 1}",
  },
  { template: '{% for i in range(2) %}{{ i }}{% endfor %}', expected: '01' },
  // Compile-time and run-time failures
  { template: '{% else: %}', expected: raises('TemplateSyntaxError') }, // an else outside an if is an unknown tag
  { template: '{% if x %}a{% endif: %}', expected: raises('TemplateSyntaxError') }, // the colon is allowed after a head only
  { template: '{{ x | nope }}', expected: raises('TemplateSyntaxError') }, // unknown filter: compile time
  { template: '{% if false %}{{ x | nope }}{% endif %}ok', expected: 'ok' }, // inside an if, Jinja2 defers the check
  { template: '{% if true %}{{ x | nope }}{% endif %}', expected: raises('TemplateRuntimeError') },
  {
    template: '{% if true %}{% for i in [] %}{{ x | nope }}{% endfor %}{% endif %}',
    expected: raises('TemplateSyntaxError'),
  }, // a loop body is a new frame
  { template: '{{ x is nope }}', expected: raises('TemplateSyntaxError') },
  { template: '{{ x | int(base=16, 3) }}', expected: raises('TemplateSyntaxError') },
  { template: "{{ 'a' | lower(1) }}", expected: raises('TemplateRuntimeError') },
  { template: '{{ 0123 }}', expected: raises('TemplateSyntaxError') },
  { template: '{{ x }', expected: raises('TemplateSyntaxError') },
  { template: '{{ 1 +}}', expected: raises('TemplateSyntaxError') },
]

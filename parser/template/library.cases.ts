// Expected results of Jinja2's tests and filters, Python's methods and formatting, and the platform's filters,
// derived like render.cases.ts.
import { type RenderCase, raises } from './render.cases'

export const LIBRARY_CASES: RenderCase[] = [
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
  // is_ipaddress: str(value) read by Python's ipaddress; anything else, undefined included, is False
  {
    template: '{{ a | is_ipaddress }} {{ b | is_ipaddress }} {{ c | is_ipaddress }}',
    scope: { a: '10.0.0.1', b: 'fe80::1%eth0', c: 'host.example' },
    expected: 'True True False',
  },
  {
    template: '{{ x | is_ipaddress }} {{ nope | is_ipaddress }} {{ none | is_ipaddress }}',
    scope: { x: '010.0.0.1' },
    expected: 'False False False',
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
  { template: "{{ d.get('c', 0) }}", scope: { d: { c: null } }, expected: 'None' }, // a None value is found
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

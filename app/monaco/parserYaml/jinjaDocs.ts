// What each filter and test of the template engine does, shown where a template applies one: the
// Python signature and one line of Jinja2's semantics (engine.md §4), with the platform's own
// filters (basename, dirname, strip, is_ipaddress) said to be the platform's.

import type { AppliedKind } from './appliedNames'

export interface CallableDoc {
  /** The Python signature, the filtered or tested value first: `default(value, default_value='', boolean=False)`. */
  signature: string
  summary: string
}

/** Docs keyed by the name their signature starts with. */
function byName(entries: readonly (readonly [string, string])[]): ReadonlyMap<string, CallableDoc> {
  return new Map(
    entries.map(([signature, summary]) => [
      signature.slice(0, signature.indexOf('(')),
      { signature, summary },
    ]),
  )
}

export const FILTER_DOCS = byName([
  ['abs(x)', 'The absolute value of a number.'],
  [
    'basename(path)',
    "The platform's: the part after the last `/` or `\\`; the whole text without one.",
  ],
  ['capitalize(s)', 'The first character upper case, the rest lower case.'],
  ['center(value, width=80)', 'The text centred in a field of `width` characters.'],
  ['count(s)', 'The number of items (alias of `length`).'],
  ["d(value, default_value='', boolean=False)", 'Alias of `default`.'],
  [
    "default(value, default_value='', boolean=False)",
    '`default_value` when the value is undefined (`None` is kept); with `boolean=True`, when it is falsy.',
  ],
  [
    "dictsort(value, case_sensitive=False, by='key', reverse=False)",
    "A mapping's (key, value) pairs sorted by key, or by value with `by='value'`.",
  ],
  ['dirname(path)', "The platform's: the part before the last `/` or `\\`; `''` without one."],
  ['first(seq)', 'The first item of a sequence; undefined when it is empty.'],
  [
    'float(value, default=0.0)',
    'The value as a float; `default` when it does not read as a number.',
  ],
  ['format(value, *args, **kwargs)', 'printf-style formatting: `value % args`, or `% kwargs`.'],
  [
    'int(value, default=0, base=10)',
    'The value as an integer (text read in `base`, floats truncated); `default` when it is not a number.',
  ],
  ['is_ipaddress(value)', "The platform's: whether `str(value)` is an IPv4 or IPv6 address."],
  ['items(value)', "A mapping's (key, value) pairs; none for undefined."],
  ["join(value, d='', attribute=None)", 'The items (or their `attribute`) as text, joined by `d`.'],
  ['last(seq)', 'The last item of a sequence; undefined when it is empty.'],
  ['length(obj)', 'The number of items of a sequence or mapping, or characters of a string.'],
  ['list(value)', 'The value as a list; a string becomes its characters.'],
  ['lower(s)', 'The text in lower case; `None | lower` is `none`.'],
  [
    'map(value, *args, **kwargs)',
    "Each item through a filter, `map('lower')`, or its attribute, `map(attribute='name')`.",
  ],
  ['max(value, case_sensitive=False, attribute=None)', 'The largest item.'],
  ['min(value, case_sensitive=False, attribute=None)', 'The smallest item.'],
  [
    'reject(value, test, *args)',
    "The items that fail a test, `reject('none')`; the falsy ones without a test.",
  ],
  [
    'rejectattr(value, attr, test, *args)',
    'The items whose attribute fails a test (is falsy without one).',
  ],
  [
    'replace(s, old, new, count=None)',
    'The text with `old` replaced by `new`; only the first `count` occurrences when given.',
  ],
  ['reverse(value)', 'The string or sequence reversed.'],
  [
    "round(value, precision=0, method='common')",
    "The number rounded to `precision` digits; `method='ceil'` or `'floor'` rounds up or down.",
  ],
  [
    'select(value, test, *args)',
    "The items that pass a test, `select('odd')`; the truthy ones without a test.",
  ],
  [
    'selectattr(value, attr, test, *args)',
    'The items whose attribute passes a test (is truthy without one).',
  ],
  [
    'sort(value, reverse=False, case_sensitive=False, attribute=None)',
    'The items sorted, case-insensitively unless `case_sensitive`.',
  ],
  ['string(value)', 'The value as text, `str(value)`.'],
  [
    'strip(value, chars=None)',
    "The platform's: Python's `str.strip`, whitespace or the given `chars`.",
  ],
  [
    'sum(iterable, attribute=None, start=0)',
    'The sum of the items (or their `attribute`), plus `start`.',
  ],
  ['title(s)', 'Each word capitalised.'],
  ['tojson(value, indent=None)', 'The value as JSON text.'],
  [
    'trim(value, chars=None)',
    'The text without leading and trailing whitespace, or the given `chars`.',
  ],
  [
    "truncate(s, length=255, killwords=False, end='...', leeway=None)",
    'The text cut to `length` characters at a word boundary (any character with `killwords`), ending with `end`.',
  ],
  [
    'unique(value, case_sensitive=False, attribute=None)',
    'The items without duplicates, each first occurrence kept.',
  ],
  ['upper(s)', 'The text in upper case.'],
  ['wordcount(s)', 'The number of words in the text.'],
])

export const TEST_DOCS = byName([
  ['boolean(value)', 'Whether the value is `True` or `False`.'],
  ['callable(obj)', 'Whether the value can be called.'],
  ['defined(value)', 'Whether the value is defined (a missing key or attribute is not).'],
  ['divisibleby(value, num)', 'Whether the value is divisible by `num`.'],
  ['eq(a, b)', 'Whether `a == b`.'],
  ['equalto(a, b)', 'Whether `a == b` (alias of `eq`).'],
  [
    'escaped(value)',
    'Whether the value is escaped markup; never, as templates are not autoescaped.',
  ],
  ['even(value)', 'Whether the number is even.'],
  ['false(value)', 'Whether the value is `False`.'],
  ['filter(value)', 'Whether the value names a filter of this engine.'],
  ['float(value)', 'Whether the value is a float.'],
  ['ge(a, b)', 'Whether `a >= b`.'],
  ['greaterthan(a, b)', 'Whether `a > b` (alias of `gt`).'],
  ['gt(a, b)', 'Whether `a > b`.'],
  ['in(value, seq)', 'Whether the value is in `seq`.'],
  ['integer(value)', 'Whether the value is an integer (not a boolean).'],
  ['iterable(value)', 'Whether the value can be iterated over.'],
  ['le(a, b)', 'Whether `a <= b`.'],
  ['lessthan(a, b)', 'Whether `a < b` (alias of `lt`).'],
  ['lower(value)', 'Whether the text is all lower case.'],
  ['lt(a, b)', 'Whether `a < b`.'],
  ['mapping(value)', 'Whether the value is a mapping (a dict).'],
  ['ne(a, b)', 'Whether `a != b`.'],
  ['none(value)', 'Whether the value is `None` (undefined is not).'],
  ['number(value)', 'Whether the value is a number (int, float or boolean).'],
  ['odd(value)', 'Whether the number is odd.'],
  ['sameas(value, other)', "Whether the value is the same object as `other`, Python's `is`."],
  ['sequence(value)', 'Whether the value is a sequence: a string, list, tuple or mapping.'],
  ['string(value)', 'Whether the value is a string.'],
  ['test(value)', 'Whether the value names a test of this engine.'],
  ['true(value)', 'Whether the value is `True`.'],
  ['undefined(value)', 'Whether the value is undefined.'],
  ['upper(value)', 'Whether the text is all upper case.'],
])

/** The doc of a filter or test; none for a name this table does not describe. */
export function appliedDoc(kind: AppliedKind, name: string): CallableDoc | null {
  return (kind === 'filter' ? FILTER_DOCS : TEST_DOCS).get(name) ?? null
}

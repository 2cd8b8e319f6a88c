// fast-check generators for the property tests: small random patterns over a tiny alphabet, each
// as the source text the engine parses and the tree the reference matcher walks.

import fc from 'fast-check'
import type { RegexNode } from '../ast'
import { NOT_NEWLINE, normalize, PERL_CLASSES, singleton } from '../charset'

export interface Sample {
  source: string
  tree: RegexNode
}

const span = { start: 0, end: 0 }

const ASTRAL = 0x1f600

const leaves: Sample[] = [
  { source: 'a', tree: { kind: 'char', set: singleton(0x61), ...span } },
  { source: 'b', tree: { kind: 'char', set: singleton(0x62), ...span } },
  { source: ' ', tree: { kind: 'char', set: singleton(0x20), ...span } },
  { source: '\\n', tree: { kind: 'char', set: singleton(0x0a), ...span } },
  { source: '\u{1f600}', tree: { kind: 'char', set: singleton(ASTRAL), ...span } },
  { source: '[ab]', tree: { kind: 'char', set: [0x61, 0x62], ...span } },
  { source: '[^a]', tree: { kind: 'char', set: normalize([0, 0x60, 0x62, 0x10ffff]), ...span } },
  {
    source: '[b\u{1f600}]',
    tree: { kind: 'char', set: normalize([0x62, 0x62, ASTRAL, ASTRAL]), ...span },
  },
  { source: '.', tree: { kind: 'char', set: NOT_NEWLINE, ...span } },
  { source: '\\s', tree: { kind: 'char', set: PERL_CLASSES.s ?? [], ...span } },
  { source: '\\w', tree: { kind: 'char', set: PERL_CLASSES.w ?? [], ...span } },
  { source: '\\W', tree: { kind: 'char', set: PERL_CLASSES.W ?? [], ...span } },
  { source: '^', tree: { kind: 'assert', assertion: 'text-start', ...span } },
  { source: '$', tree: { kind: 'assert', assertion: 'text-end', ...span } },
  { source: '\\b', tree: { kind: 'assert', assertion: 'word-boundary', ...span } },
  { source: '\\B', tree: { kind: 'assert', assertion: 'not-word-boundary', ...span } },
  { source: '(?:)', tree: { kind: 'empty', ...span } },
]

/** Text that parses as one atom, so a quantifier or a concatenation applies to all of it. */
function asAtom(sample: Sample): string {
  return sample.tree.kind === 'char' || sample.tree.kind === 'capture'
    ? sample.source
    : `(?:${sample.source})`
}

const quantifiers: { text: string; min: number; max: number }[] = [
  { text: '*', min: 0, max: Infinity },
  { text: '+', min: 1, max: Infinity },
  { text: '?', min: 0, max: 1 },
  { text: '{2}', min: 2, max: 2 },
  { text: '{0,2}', min: 0, max: 2 },
  { text: '{1,3}', min: 1, max: 3 },
  { text: '{2,}', min: 2, max: Infinity },
]

export const sampleArbitrary: fc.Arbitrary<Sample> = fc.letrec<{ node: Sample }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...leaves),
    fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map(
      (items): Sample => ({
        source: items
          .map((item) => (item.tree.kind === 'alt' ? asAtom(item) : item.source))
          .join(''),
        tree: { kind: 'concat', items: items.map((item) => item.tree), ...span },
      }),
    ),
    fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map(
      (branches): Sample => ({
        source: `(?:${branches.map((branch) => branch.source).join('|')})`,
        tree: { kind: 'alt', branches: branches.map((branch) => branch.tree), ...span },
      }),
    ),
    fc.tuple(fc.constantFrom('x', 'y', 'z'), tie('node')).map(
      ([name, body]): Sample => ({
        source: `(?P<${name}>${body.source})`,
        tree: { kind: 'capture', name, body: body.tree, ...span },
      }),
    ),
    fc.tuple(fc.constantFrom(...quantifiers), fc.boolean(), tie('node')).map(
      ([quantifier, lazy, body]): Sample => ({
        source: `${asAtom(body)}${quantifier.text}${lazy ? '?' : ''}`,
        tree: {
          kind: 'repeat',
          body: body.tree,
          min: quantifier.min,
          max: quantifier.max,
          greedy: !lazy,
          ...span,
        },
      }),
    ),
  ),
})).node

/** One to three top-level rules. */
export const rulesArbitrary: fc.Arbitrary<Sample[]> = fc.array(sampleArbitrary, {
  minLength: 1,
  maxLength: 3,
})

export const inputArbitrary: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('a', 'b', ' ', '\n', '\u{1f600}'), { maxLength: 8 })
  .map((chars) => chars.join(''))

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { captureNames } from './ast'
import { compileGrok } from './compile'
import { PatternLibrary } from './library'
import { Linker } from './link'
import { requiredLiterals } from './literals'
import { Machine } from './machine'
import { parseMainPattern } from './parse'
import { compileProgram } from './program'
import { ruleTrees } from './rules'
import { inputArbitrary, rulesArbitrary, type Sample } from './testing/arbitrary'
import { hasNullableLoop, referenceMatch, TooManyPaths } from './testing/reference'

/** The whole match's extent, which the public result does not carry. */
function matchSpan(source: string, input: string): [number, number] {
  const { tree, branches } = parseMainPattern(source)
  const linker = new Linker(new PatternLibrary())
  const trees = ruleTrees(tree, branches).map((branch) => linker.link(branch, null))
  const machine = new Machine(
    compileProgram(trees, 0),
    trees.map((tree) => requiredLiterals(tree)),
  )
  expect(machine.search(input)).toBe(true)
  return [machine.start, machine.end]
}

function expected(rules: Sample[], input: string) {
  const trees = rules.map((rule) => rule.tree)
  const fields = trees.flatMap((tree) => captureNames(tree))
  let found: ReturnType<typeof referenceMatch>
  try {
    found = referenceMatch(trees, input, fields.length)
  } catch (error) {
    if (error instanceof TooManyPaths) return 'too costly'
    throw error
  }
  if (!found) return null
  const captures = fields.flatMap((field, group) => {
    const spanOf = found.groups[group]
    return spanOf
      ? [{ field, value: input.slice(spanOf[0], spanOf[1]), start: spanOf[0], end: spanOf[1] }]
      : []
  })
  const values: Record<string, string | null> = {}
  for (const field of fields) values[field] ??= null
  for (const capture of captures) values[capture.field] ??= capture.value
  return { rule: found.rule, start: found.start, end: found.end, captures, values }
}

describe('compileGrok against the brute-force reference (engine.md §3 match rule)', () => {
  it('agrees on rule, span, captures and values for random patterns and inputs', () => {
    // Thousands of cases: the reference enumerates every path, so this takes a few seconds.
    fc.assert(
      fc.property(
        rulesArbitrary,
        fc.boolean(),
        fc.array(inputArbitrary, { minLength: 1, maxLength: 6 }),
        (rules, viaReferences, inputs) => {
          const source = rules.map((rule) => rule.source).join('|')
          // The same rules inline, or each as a custom pattern that the main pattern references.
          const customPatterns = Object.fromEntries(
            rules.map((rule, index) => [`R${index}`, rule.source]),
          )
          const grok = viaReferences
            ? compileGrok(rules.map((_, index) => `%{R${index}}`).join('|'), { customPatterns })
            : compileGrok(source)
          const exact = !rules.some((rule) => hasNullableLoop(rule.tree))
          for (const input of inputs) {
            const want = expected(rules, input)
            if (want === 'too costly') continue
            const got = grok.match(input)
            if (want === null || got === null) {
              expect(got).toBe(want)
              continue
            }
            expect(grok.rules.indexOf(got.rule)).toBe(want.rule)
            expect(matchSpan(source, input)).toEqual([want.start, want.end])
            if (exact) {
              expect(got.captures).toEqual(want.captures)
              expect(got.values).toEqual(want.values)
            }
          }
        },
      ),
      { numRuns: 3000 },
    )
  }, 300_000)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { completionsAt } from './completion'
import { DEFINITION, TEMPLATE_NAMES } from './definition.fixture'
import { hoverAt } from './hover'
import { definitionAt, usagesAt } from './navigation'
import { readOutline } from './outline'
import { renameSpans } from './rename'
import { outlineSymbols } from './symbols'

const BASE = { IP: '(?:%{IPV6}|%{IPV4})', IPV4: '\\d+(?:\\.\\d+){3}', IPV6: '[0-9a-f:]+' }

// A definition being edited: the fixture cut, with YAML and template punctuation typed into it.
const edited = fc
  .tuple(
    fc.nat({ max: DEFINITION.length }),
    fc.nat({ max: DEFINITION.length }),
    fc.array(
      fc.constantFrom(
        '{',
        '}',
        '{{',
        '{%',
        '%{',
        '"',
        "'",
        ':',
        '\n',
        '- ',
        '  ',
        '.',
        'x',
        '|',
        ' is ',
        'lo',
      ),
    ),
  )
  .map(([from, to, typed]) => {
    const [start, end] = from <= to ? [from, to] : [to, from]
    return DEFINITION.slice(0, start) + typed.join('') + DEFINITION.slice(end)
  })

describe('the language features on a definition being edited', () => {
  it('never throw and keep every place they answer inside the text', () => {
    fc.assert(
      fc.property(
        edited,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (text, fractions) => {
          const outline = readOutline(text)
          const inside = (span: { start: number; end: number }) =>
            span.start >= 0 && span.start <= span.end && span.end <= text.length
          for (const symbol of outlineSymbols(outline)) expect(inside(symbol.span)).toBe(true)
          for (const fraction of fractions) {
            const offset = Math.floor(fraction * text.length)
            const completions = completionsAt(text, outline, offset, BASE, TEMPLATE_NAMES)
            if (completions) expect(inside(completions.replace)).toBe(true)
            const hover = hoverAt(text, outline, offset, BASE, TEMPLATE_NAMES)
            if (hover) expect(inside(hover.span)).toBe(true)
            const definition = definitionAt(text, outline, offset)
            if (definition) expect(inside(definition)).toBe(true)
            expect(usagesAt(text, outline, offset, true).every(inside)).toBe(true)
            const renamed = renameSpans(text, outline, offset, 'renamed')
            if (Array.isArray(renamed)) expect(renamed.every(inside)).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

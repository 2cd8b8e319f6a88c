// Hostile patterns: whatever a user types as a grok pattern or custom pattern, compiling either gives
// a matcher that matches without throwing, or a GrokError located inside the text that is wrong.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzParameters, fuzzTimeout } from '../testing/fuzz'
import { compileGrok } from './compile'
import { GrokError } from './errors'

/** Pieces of pattern syntax, well-formed or not, so that random joins hit every parser state. */
const piece = fc.constantFrom(
  'a',
  'b',
  ' ',
  '.',
  '\\s',
  '\\d',
  '\\w',
  '\\b',
  '\\',
  '\\Q',
  '\\E',
  '\\x{41}',
  '\\x4',
  '\\p{L}',
  '\\pN',
  '\\p',
  '\\P',
  '\\P{Greek}',
  '\\p{Nope}',
  '\\1',
  '\\z',
  '\\A',
  '(',
  ')',
  '(?:',
  '(?P<x>',
  '(?<y>',
  '(?P<',
  '(?P<1bad>',
  '(?i)',
  '(?s:',
  '(?=',
  '(?!',
  '(?<=',
  '(?#',
  '[',
  ']',
  '[^',
  '[a-',
  '[z-a]',
  '[[:alpha:]]',
  '[[:nope:]]',
  '-',
  '^',
  '$',
  '|',
  '*',
  '+',
  '?',
  '*?',
  '++',
  '{',
  '}',
  '{2}',
  '{2,1}',
  '{,3}',
  '{1001}',
  '{99999999999}',
  '%',
  '%{',
  '%{WORD}',
  '%{WORD:name}',
  '%{IP:source.ip}',
  '%{INT:n:int}',
  '%{GREEDYDATA:rest}',
  '%{NOPE}',
  '%{C0}',
  '%{C1:c}',
  '%{}',
  '%{:x}',
  '\u{1f600}',
  '\ud800',
  '\u0000',
  '\n',
)

const patternText = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string() }), {
    maxLength: 14,
  })
  .map((pieces) => pieces.join(''))

/** Custom patterns that may reference each other (cycles included) or themselves be broken. */
const customPatterns = fc.dictionary(fc.constantFrom('C0', 'C1', 'C2'), patternText, {
  maxKeys: 3,
})

const inputs = fc.array(
  fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })),
  { maxLength: 4 },
)

/** The text a GrokError's offset is in: the main pattern, or the custom pattern it names. */
function locatedText(
  error: GrokError,
  pattern: string,
  custom: Record<string, string>,
): string | undefined {
  return error.patternName === null ? pattern : custom[error.patternName]
}

describe('compileGrok on hostile patterns', () => {
  it(
    'returns a matcher that never throws, or a GrokError inside the text at fault',
    () => {
      fc.assert(
        fc.property(patternText, customPatterns, inputs, (pattern, custom, lines) => {
          let grok: ReturnType<typeof compileGrok>
          try {
            grok = compileGrok(pattern, { customPatterns: custom })
          } catch (error) {
            expect(error).toBeInstanceOf(GrokError)
            if (!(error instanceof GrokError)) return
            const text = locatedText(error, pattern, custom)
            // Base patterns are ours, not the user's: an error can only be in what the user wrote.
            expect(text, `${error.patternName} is a pattern the user wrote`).toBeDefined()
            expect(error.offset).toBeGreaterThanOrEqual(0)
            expect(error.length).toBeGreaterThanOrEqual(0)
            expect(error.offset + error.length).toBeLessThanOrEqual((text ?? '').length)
            return
          }
          for (const line of lines) {
            const match = grok.match(line)
            if (match === null) continue
            expect(grok.rules).toContain(match.rule)
            for (const capture of match.captures) {
              expect(line.slice(capture.start, capture.end)).toBe(capture.value)
            }
          }
        }),
        fuzzParameters(25_000),
      )
    },
    fuzzTimeout(120_000),
  )
})

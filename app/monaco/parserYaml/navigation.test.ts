import { describe, expect, it } from 'vitest'
import { DEFINITION, offsetOf } from './definition.fixture'
import { definitionAt, symbolAt, usagesAt } from './navigation'
import { readOutline, type Span } from './outline'

const outline = readOutline(DEFINITION)
const textOf = (span: Span | null | undefined) => span && DEFINITION.slice(span.start, span.end)
const lineOf = (span: Span | null | undefined) =>
  span && DEFINITION.slice(0, span.start).split('\n').length

describe('navigation in a parser.yml', () => {
  it('names what is under the offset', () => {
    const reference = symbolAt(DEFINITION, outline, offsetOf(DEFINITION, '%{IP:', 3))
    expect(reference?.kind === 'reference' && reference.reference.name).toBe('IP')
    const key = symbolAt(DEFINITION, outline, offsetOf(DEFINITION, 'RULE_B:', 2))
    expect(key?.kind).toBe('pattern')
    expect(symbolAt(DEFINITION, outline, offsetOf(DEFINITION, 'input_field'))).toBeNull()
  })

  it('goes from a %{NAME} in the pattern or in a custom pattern to its definition', () => {
    const fromPattern = definitionAt(DEFINITION, outline, offsetOf(DEFINITION, '%{RULE_B}', 4))
    expect(textOf(fromPattern)).toBe('RULE_B')
    expect(lineOf(fromPattern)).toBe(13)
    const fromCustom = definitionAt(DEFINITION, outline, offsetOf(DEFINITION, '%{RULE_A}"', 4))
    expect(lineOf(fromCustom)).toBe(12)
    expect(definitionAt(DEFINITION, outline, offsetOf(DEFINITION, '%{IP:', 3))).toBeNull()
  })

  it('goes from a pipeline entry to its stage', () => {
    const stage = definitionAt(DEFINITION, outline, offsetOf(DEFINITION, 'set_fields', 2))
    expect(lineOf(stage)).toBe(17)
  })

  it('lists the uses of a custom pattern and of a stage', () => {
    const uses = usagesAt(DEFINITION, outline, offsetOf(DEFINITION, 'RULE_A:', 1), true)
    expect(uses.map(lineOf)).toEqual([12, 10, 13])
    expect(uses.map(textOf)).toEqual(['RULE_A', 'RULE_A', 'RULE_A'])
    const stageUses = usagesAt(DEFINITION, outline, offsetOf(DEFINITION, '  set_fields:', 3), false)
    expect(stageUses.map(lineOf)).toEqual([14])
  })

  it('goes from a capture read by a template to where the pattern names it, and lists its uses', () => {
    const read = offsetOf(DEFINITION, 'result.ip_address }}', 9)
    const definition = definitionAt(DEFINITION, outline, read)
    expect(textOf(definition)).toBe('ip_address')
    expect(lineOf(definition)).toBe(12)
    expect(usagesAt(DEFINITION, outline, read, true).map(lineOf)).toEqual([12, 20, 23])
    const fromPattern = usagesAt(DEFINITION, outline, offsetOf(DEFINITION, ':ip_address', 2), true)
    expect(fromPattern.map(lineOf)).toEqual([12, 20, 23])
  })
})

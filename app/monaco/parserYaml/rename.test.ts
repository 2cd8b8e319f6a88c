import { describe, expect, it } from 'vitest'
import { DEFINITION, offsetOf } from './definition.fixture'
import { readOutline, type Span } from './outline'
import { renameSpans, renameTargetAt } from './rename'

const outline = readOutline(DEFINITION)

/** The definition with the rename at `offset` applied, or the refusal. */
function renamed(offset: number, newName: string): string {
  const spans = renameSpans(DEFINITION, outline, offset, newName)
  if ('refused' in spans) return spans.refused
  return [...spans]
    .sort((a: Span, b: Span) => b.start - a.start)
    .reduce((text, span) => text.slice(0, span.start) + newName + text.slice(span.end), DEFINITION)
}

describe('rename', () => {
  it('renames a custom pattern at its key and every reference', () => {
    const text = renamed(offsetOf(DEFINITION, '%{RULE_A}|', 3), 'FROM_LINE')
    expect(text).toContain('%{FROM_LINE}|%{RULE_B}')
    expect(text).toContain("          FROM_LINE: '^from")
    expect(text).toContain('%{NUMBER:port} %{FROM_LINE}"')
    expect(text).not.toContain('RULE_A')
  })

  it('renames a capture where the pattern names it and where templates read it', () => {
    const text = renamed(offsetOf(DEFINITION, 'result.ip_address', 8), 'source_ip')
    expect(text).toContain('%{IP:source_ip}')
    expect(text.match(/parsed_event\.result\.source_ip/g)).toHaveLength(2)
    expect(text).not.toContain('ip_address')
  })

  it('renames a stage with the pipeline entry that runs it', () => {
    const text = renamed(offsetOf(DEFINITION, '  set_fields:', 3), 'enrich')
    expect(text).toContain('  - name: enrich\n')
    expect(text).toContain('  enrich:\n    actions:')
  })

  it('refuses base patterns, taken and invalid names, and places without a name', () => {
    expect(renamed(offsetOf(DEFINITION, '%{IP', 2), 'ADDRESS')).toMatch(/base grok pattern/)
    expect(renamed(offsetOf(DEFINITION, 'RULE_A:'), 'RULE_B')).toBe('RULE_B is already used')
    expect(renamed(offsetOf(DEFINITION, 'RULE_A:'), 'has space')).toMatch(/not a valid name/)
    expect(renamed(offsetOf(DEFINITION, 'parsed_event', 2), 'grok')).toMatch(/not a stage/)
    expect(renameTargetAt(DEFINITION, outline, offsetOf(DEFINITION, 'input_field'))).toEqual({
      refused: 'Only custom patterns, captures and stages can be renamed',
    })
  })

  it('refuses to rewrite a name written quoted', () => {
    const text = DEFINITION.replace('  - name: set_fields', '  - name: "set_fields"')
    const spans = renameSpans(text, readOutline(text), offsetOf(text, '  set_fields:', 3), 'x')
    expect(spans).toEqual({ refused: 'set_fields is written quoted somewhere: rename it by hand' })
  })
})

import { describe, expect, it } from 'vitest'
import { DEFINITION } from './definition.fixture'
import { readOutline, type Span } from './outline'
import { outlineSymbols } from './symbols'

const textOf = (span: Span) => DEFINITION.slice(span.start, span.end)

describe('outlineSymbols', () => {
  it('lists the grok step with its custom patterns, then the stages', () => {
    const symbols = outlineSymbols(readOutline(DEFINITION))
    expect(symbols.map((symbol) => [symbol.kind, symbol.name, textOf(symbol.selection)])).toEqual([
      ['grok step', 'parsed_event', 'parsed_event'],
      ['stage', 'set_fields', 'set_fields'],
    ])
    const [step, stage] = symbols
    expect(step?.detail).toBe('captures under parsed_event.result')
    expect(step?.children.map((child) => [child.name, textOf(child.span)])).toEqual([
      ['RULE_A', "RULE_A: '^from %{IP:ip_address} ''quoted'''"],
      ['RULE_B', 'RULE_B: "port %{NUMBER:port} %{RULE_A}"'],
    ])
    expect(stage?.detail).toBe('sets 2 fields')
    const body = stage ? textOf(stage.span) : ''
    expect(body.startsWith('set_fields:\n    actions:')).toBe(true)
    expect(body.endsWith('ip_address }}"\n')).toBe(true)
  })
})

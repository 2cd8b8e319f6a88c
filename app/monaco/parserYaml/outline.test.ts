import { describe, expect, it } from 'vitest'
import { readFormatFolder } from '../../testing/formatFolder'
import { DEFINITION } from './definition.fixture'
import { readOutline, type Span } from './outline'

const at = (text: string, span: Span | undefined) => span && text.slice(span.start, span.end)

describe('readOutline', () => {
  it('finds a grok step, its output field, pattern and custom patterns with their places', () => {
    const [step] = readOutline(DEFINITION).grokSteps
    expect(step?.name).toBe('parsed_event')
    expect(step?.outputField).toBe('result')
    expect(step?.pattern?.text).toBe('%{RULE_A}|%{RULE_B}')
    expect(at(DEFINITION, step?.pattern?.value)).toContain('%{RULE_A}|%{RULE_B}')
    const [first, second] = step?.customPatterns ?? []
    expect(first?.name).toBe('RULE_A')
    expect(at(DEFINITION, first?.key)).toBe('RULE_A')
    expect(first?.pattern).toBe("^from %{IP:ip_address} 'quoted'")
    expect(at(DEFINITION, first?.value)).toBe("'^from %{IP:ip_address} ''quoted'''")
    expect(at(DEFINITION, second?.value)).toBe('"port %{NUMBER:port} %{RULE_A}"')
  })

  it('lists pipeline entries, stages and the scalars rendered as templates', () => {
    const outline = readOutline(DEFINITION)
    expect(outline.pipelineNames.map((named) => at(DEFINITION, named.span))).toEqual([
      'parsed_event',
      'set_fields',
    ])
    expect(
      outline.stages.map((stage) => [stage.name, at(DEFINITION, stage.span), stage.fields]),
    ).toEqual([['set_fields', 'set_fields', ['source.ip', 'event.kind']]])
    expect(outline.templateScalars.map((span) => at(DEFINITION, span))).toEqual([
      '"{{ parsed_event.result.port != None }}"',
      '"{{ parsed_event.result.ip_address }}"',
      'event',
      '"{{ parsed_event.result.ip_address }}"',
    ])
  })

  it('keeps what it can of a broken file and never throws', () => {
    const broken = `${DEFINITION}      - set:\n          x: "{{ parsed_event.result.\n`
    const outline = readOutline(broken)
    expect(outline.grokSteps[0]?.customPatterns.map((pattern) => pattern.name)).toEqual([
      'RULE_A',
      'RULE_B',
    ])
    expect(outline.templateScalars.length).toBeGreaterThan(1)
    for (const text of ['', ':', '- a', 'pipeline: 3', 'pipeline:\n  - [', '{{ x }}']) {
      expect(readOutline(text).grokSteps).toEqual([])
    }
  })

  it('reads the ESXi parser: one grok step and every custom pattern', () => {
    const text = readFormatFolder()['ingest/parser.yml'] ?? ''
    const outline = readOutline(text)
    expect(outline.grokSteps).toHaveLength(1)
    const names = outline.grokSteps[0]?.customPatterns.map((pattern) => pattern.name) ?? []
    expect(names).toContain('SSHD_CONNECTION_FROM')
    expect(names.length).toBeGreaterThan(20)
    expect(outline.stages.map((stage) => stage.name)).toContain('set_common_fields')
  })
})

import { describe, expect, it } from 'vitest'
import { completionsAt } from './completion'
import { DEFINITION, offsetOf, TEMPLATE_NAMES } from './definition.fixture'
import { readOutline } from './outline'

const BASE = {
  IP: '(?:%{IPV6}|%{IPV4})',
  IPV4: '\\d+(?:\\.\\d+){3}',
  IPV6: '[0-9a-f:]+',
  NUMBER: '\\d+',
}

/** The text with `insert` typed at `offset`, and the suggestions offered right after it. */
function typed(offset: number, insert: string) {
  const text = DEFINITION.slice(0, offset) + insert + DEFINITION.slice(offset)
  const at = offset + insert.length
  const completions = completionsAt(text, readOutline(text), at, BASE, TEMPLATE_NAMES)
  return {
    labels: completions?.suggestions.map((suggestion) => suggestion.label) ?? [],
    replaced: completions && text.slice(completions.replace.start, completions.replace.end),
    completions,
  }
}

describe('completionsAt', () => {
  it('offers custom and base pattern names inside %{, the custom ones first', () => {
    const { labels, replaced, completions } = typed(offsetOf(DEFINITION, "''quoted"), '%{IP')
    expect(labels.slice(0, 2)).toEqual(['RULE_A', 'RULE_B'])
    expect(labels).toContain('IPV4')
    expect(replaced).toBe('IP')
    expect(completions?.suggestions.find((s) => s.label === 'IPV4')?.documentation).toBe(BASE.IPV4)
  })

  it("offers the step's capture names where a capture is being named", () => {
    const at = offsetOf(DEFINITION, "''quoted")
    expect(typed(at, '%{IP:').labels).toEqual(['ip_address', 'port'])
    expect(typed(at, '(?P<i').replaced).toBe('i')
    expect(typed(at, '(?P<i').labels).toEqual(['ip_address', 'port'])
  })

  it('offers the capture names of a grok step after <step>.<output_field>.', () => {
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    const { labels, completions } = typed(end, ' ~ parsed_event.result.')
    expect(labels).toEqual(['ip_address', 'port'])
    expect(completions?.suggestions[0]?.detail).toBe('captured by RULE_A')
  })

  it('offers the output field after a step and the layers at the start of a name', () => {
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    expect(typed(end, ' ~ parsed_event.').labels).toEqual(['result'])
    expect(typed(end, ' ~ orig').labels).toEqual([
      'original',
      'final',
      'parsed_event',
      'set_fields',
    ])
    expect(typed(end, ' ~ original.').labels).toEqual(['message'])
    expect(typed(end, ' ~ parsed_event.result.port.').labels).toEqual([])
  })

  it('offers the fields a stage sets in its layer and in the final event', () => {
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    expect(typed(end, ' ~ set_fields.').labels).toEqual(['source', 'event'])
    expect(typed(end, ' ~ final.source.').completions?.suggestions).toEqual([
      { label: 'ip', kind: 'field', detail: 'field set by a stage' },
    ])
    expect(typed(end, ' ~ final.source.ip.').completions).toBeNull()
  })

  it('offers capture names while the template is being typed and its YAML is broken', () => {
    const { labels } = typed(
      DEFINITION.length,
      '      - set:\n          x: "{{ parsed_event.result.p',
    )
    expect(labels).toEqual(['ip_address', 'port'])
  })

  it('offers stage names as a pipeline entry name, and nothing elsewhere', () => {
    const afterFilter = offsetOf(DEFINITION, '\nstages:')
    const { labels, replaced } = typed(afterFilter, '\n  - name: se')
    expect(labels).toEqual(['set_fields'])
    expect(replaced).toBe('se')
    expect(typed(DEFINITION.length, '  other:\n    name: ').completions).toBeNull()
    expect(typed(offsetOf(DEFINITION, 'name: demo', 10), '').completions).toBeNull()
  })

  it("offers the engine's filters after | in a template, with their signatures", () => {
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    const filters = ['d', 'default', 'int', 'last', 'length', 'lower', 'replace']
    expect(typed(end, ' |').labels).toEqual(filters)
    const { labels, replaced, completions } = typed(end, ' | ')
    expect(labels).toEqual(filters)
    expect(replaced).toBe('')
    expect(completions?.suggestions.find((s) => s.label === 'default')).toEqual({
      label: 'default',
      kind: 'filter',
      detail: "default(value, default_value='', boolean=False)",
      documentation:
        '`default_value` when the value is undefined (`None` is kept); with `boolean=True`, when it is falsy.',
    })
    expect(typed(end, " | default('-') | trim |").labels).toEqual(filters)
  })

  it('offers the filters that start with the name being typed, none for a name the engine lacks', () => {
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    expect(typed(end, ' | l').labels).toEqual(['last', 'length', 'lower'])
    const { labels, replaced } = typed(end, ' | le')
    expect(labels).toEqual(['length'])
    expect(replaced).toBe('le')
    expect(typed(end, ' | escape').completions).toBeNull()
    expect(typed(end, ' | lower ').labels).not.toContain('lower')
  })

  it("offers the engine's tests after is and is not, the symbolic ones left out", () => {
    const typing = '      - set:\n          x: "{% if parsed_event.result.port is '
    const { labels, replaced } = typed(DEFINITION.length, typing)
    expect(labels).toEqual(['defined', 'divisibleby', 'eq', 'none'])
    expect(replaced).toBe('')
    expect(typed(DEFINITION.length, `${typing}not n`).labels).toEqual(['none'])
    expect(typed(DEFINITION.length, `${typing}d`).completions?.suggestions[0]).toMatchObject({
      label: 'defined',
      kind: 'test',
      detail: 'defined(value)',
    })
  })

  it('offers no filter or test outside templates, nor in a string inside one', () => {
    const afterPattern = offsetOf(DEFINITION, '%{RULE_A}|', 10)
    expect(typed(afterPattern, '').labels).not.toContain('lower')
    expect(typed(offsetOf(DEFINITION, 'name: demo', 10), ' | ').completions).toBeNull()
    expect(typed(offsetOf(DEFINITION, 'event.kind: event', 17), ' is ').completions).toBeNull()
    const end = offsetOf(DEFINITION, 'ip_address }}', 10)
    expect(typed(end, ".split('|").labels).not.toContain('lower')
    expect(typed(end, " ~ 'this is ").labels).not.toContain('defined')
  })
})

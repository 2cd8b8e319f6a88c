import { describe, expect, it } from 'vitest'
import { DEFINITION, offsetOf, TEMPLATE_NAMES } from './definition.fixture'
import { hoverAt } from './hover'
import { readOutline } from './outline'

const BASE = {
  IP: '(?:%{IPV6}|%{IPV4})',
  IPV4: '\\d+(?:\\.\\d+){3}',
  IPV6: '[0-9a-f:]+',
  NUMBER: '\\d+',
}
const outline = readOutline(DEFINITION)
const hoverIn = (text: string, offset: number) =>
  hoverAt(text, readOutline(text), offset, BASE, TEMPLATE_NAMES)
const hover = (offset: number) => hoverAt(DEFINITION, outline, offset, BASE, TEMPLATE_NAMES)

describe('hoverAt', () => {
  it('shows a custom pattern definition and its full expansion', () => {
    const shown = hover(offsetOf(DEFINITION, '%{RULE_A}|', 3))
    expect(shown && DEFINITION.slice(shown.span.start, shown.span.end)).toBe('%{RULE_A}')
    expect(shown?.contents).toContain('**RULE_A** — custom pattern')
    expect(shown?.contents).toContain("^from %{IP:ip_address} 'quoted'")
    expect(shown?.contents).toContain(
      "^from (?P<ip_address>(?:(?:[0-9a-f:]+)|(?:\\d+(?:\\.\\d+){3}))) 'quoted'",
    )
  })

  it('shows a base pattern with the field it is captured as', () => {
    const shown = hover(offsetOf(DEFINITION, '%{NUMBER', 4))
    expect(shown?.contents).toContain('**NUMBER** — base grok pattern, captured as `port`')
    expect(shown?.contents).not.toContain('Expands to')
  })

  it('shows the same on a custom pattern key, says when a name is unknown, else nothing', () => {
    expect(hover(offsetOf(DEFINITION, 'RULE_B:', 1))?.contents).toContain('Expands to')
    const text = DEFINITION.replace('%{NUMBER:port}', '%{NUMBR:port}')
    const unknown = hoverIn(text, offsetOf(text, 'NUMBR'))
    expect(unknown?.contents).toContain('Unknown pattern `NUMBR`')
    expect(hover(offsetOf(DEFINITION, 'output_field'))).toBeNull()
  })

  it('tells where a capture read by a template comes from, and when it is no capture at all', () => {
    const read = hover(offsetOf(DEFINITION, 'result.ip_address }}', 9))
    expect(read?.contents).toContain('**ip_address** — grok capture')
    expect(read?.contents).toContain('Named by RULE_A')
    const text = DEFINITION.replace('result.port != None', 'result.prot != None')
    const typo = hoverIn(text, offsetOf(text, 'prot'))
    expect(typo?.contents).toContain('`parsed_event.result.prot` is undefined')
  })

  it('describes the capture, not the pattern, when hovering the field of a reference', () => {
    const field = hover(offsetOf(DEFINITION, ':ip_address', 3))
    expect(field && DEFINITION.slice(field.span.start, field.span.end)).toBe('ip_address')
    expect(field?.contents).toContain('**ip_address** — grok capture')
  })

  it('tells what a pipeline entry runs: a stage and the fields it sets, a grok step, or nothing', () => {
    expect(hover(offsetOf(DEFINITION, '- name: set_fields', 9))?.contents).toBe(
      '**set_fields** — stage, sets `source.ip`, `event.kind`',
    )
    expect(hover(offsetOf(DEFINITION, '- name: parsed_event', 9))?.contents).toBe(
      '**parsed_event** — grok step, 2 captures under `parsed_event.result`',
    )
    const text = DEFINITION.replace('- name: set_fields', '- name: set_felds')
    const unknown = hoverIn(text, offsetOf(text, 'set_felds'))
    expect(unknown?.contents).toBe('No stage `set_felds` under `stages`.')
  })

  it('fences a definition holding backticks so the block stays whole', () => {
    const text = DEFINITION.replace("'^from %{IP:ip_address} ''quoted'''", "'a```b'")
    const shown = hoverIn(text, offsetOf(text, '%{RULE_A}', 3))
    expect(shown?.contents).toContain('````regex\na```b\n````')
  })

  it('shows what a filter or test in a template does, and names one the engine lacks', () => {
    const template = '{{ parsed_event.result.port | default(0) | lower }}{% if x is not none %}'
    const text = DEFINITION.replace('{{ parsed_event.result.port != None }}', template)
    const filter = hoverIn(text, offsetOf(text, 'default(', 3))
    expect(filter && text.slice(filter.span.start, filter.span.end)).toBe('default')
    expect(filter?.contents).toBe(
      "**default** — filter\n\n`default(value, default_value='', boolean=False)`\n\n" +
        '`default_value` when the value is undefined (`None` is kept); with `boolean=True`, when it is falsy.',
    )
    expect(hoverIn(text, offsetOf(text, 'lower }}'))?.contents).toContain('`lower(s)`')
    expect(hoverIn(text, offsetOf(text, 'none %}', 2))?.contents).toContain('**none** — test')
    const unknown = text.replace('| lower', '| escape')
    expect(hoverIn(unknown, offsetOf(unknown, 'escape'))?.contents).toBe(
      '`escape` is not a filter this template engine implements.',
    )
  })

  it('says nothing of a filter outside templates, or before the engine names its filters', () => {
    const text = DEFINITION.replace('name: demo', 'name: a | lower')
    expect(hoverIn(text, offsetOf(text, 'lower'))).toBeNull()
    const template = DEFINITION.replace('ip_address }}', 'ip_address | lower }}')
    const at = offsetOf(template, 'lower')
    expect(hoverIn(template, at)?.contents).toContain('**lower** — filter')
    const unnamed = { filters: [], tests: [] }
    expect(hoverAt(template, readOutline(template), at, BASE, unnamed)).toBeNull()
  })
})

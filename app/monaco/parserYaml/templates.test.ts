import { describe, expect, it } from 'vitest'
import { DEFINITION, offsetOf } from './definition.fixture'
import { readOutline } from './outline'
import { dottedExpressionAt, templateRegionAt, templateRegions } from './templates'

describe('templateRegions', () => {
  it('finds output and statement regions; an unclosed one runs to the end', () => {
    const text = 'a {{ x }} b {% if y %}c{%- endif -%} {{ open'
    const regions = templateRegions(text, { start: 0, end: text.length })
    expect(regions.map((region) => text.slice(region.start, region.end))).toEqual([
      '{{ x }}',
      '{% if y %}',
      '{%- endif -%}',
      '{{ open',
    ])
  })
})

describe('templateRegionAt', () => {
  const outline = readOutline(DEFINITION)

  it('finds the region of a stage action value and of a filter', () => {
    const inSet = offsetOf(DEFINITION, 'result.ip_address', 7)
    const region = templateRegionAt(DEFINITION, outline, inSet)
    expect(region && DEFINITION.slice(region.start, region.end)).toBe(
      '{{ parsed_event.result.ip_address }}',
    )
    expect(
      templateRegionAt(DEFINITION, outline, offsetOf(DEFINITION, '.port != None')),
    ).not.toBeNull()
  })

  it('is null outside templates and inside grok patterns', () => {
    expect(templateRegionAt(DEFINITION, outline, offsetOf(DEFINITION, 'source.ip'))).toBeNull()
    expect(templateRegionAt(DEFINITION, outline, offsetOf(DEFINITION, '%{IP', 2))).toBeNull()
    const pattern = 'x: "{{ no }}"\n'
    const grok = `pipeline:\n  - name: p\n    external:\n      properties:\n        pattern: '{{ a'\n`
    expect(templateRegionAt(grok, readOutline(grok), offsetOf(grok, '{{ a', 3))).toBeNull()
    expect(templateRegionAt(pattern, readOutline(pattern), 0)).toBeNull()
  })

  it('finds a template being typed on a line whose YAML is broken', () => {
    const typing = `stages:\n  s:\n    actions:\n      - set:\n          source.ip: {{ parsed_event.res`
    const region = templateRegionAt(typing, readOutline(typing), typing.length)
    expect(region && typing.slice(region.start, region.end)).toBe('{{ parsed_event.res')
  })
})

describe('dottedExpressionAt', () => {
  const text = '{{ x.get(a).b }} {{ parsed_event.result.sou'
  const region = { start: 17, end: text.length }

  it('splits the dotted name before the offset into its qualifier and the typed part', () => {
    const expression = dottedExpressionAt(text, region, text.length)
    expect(expression?.qualifier).toEqual(['parsed_event', 'result'])
    expect(expression && text.slice(expression.partial.start, expression.partial.end)).toBe('sou')
    expect(dottedExpressionAt(text, region, 20)?.qualifier).toEqual([])
  })

  it('gives up after a call or an item access', () => {
    expect(dottedExpressionAt(text, { start: 0, end: 16 }, offsetOf(text, '.b', 2))).toBeNull()
  })
})

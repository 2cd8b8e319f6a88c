import { describe, expect, it } from 'vitest'
import { captureSites, templateCaptureAt, templateCaptures } from './captureSites'
import { DEFINITION, offsetOf } from './definition.fixture'
import { readOutline, type Span } from './outline'

const outline = readOutline(DEFINITION)
const textOf = (span: Span | undefined) => span && DEFINITION.slice(span.start, span.end)

describe('captureSites', () => {
  it('places the captures a step names, in document order', () => {
    const [step] = outline.grokSteps
    const sites = step ? captureSites(DEFINITION, step) : []
    expect(sites.map((site) => [site.name, textOf(site.span)])).toEqual([
      ['ip_address', 'ip_address'],
      ['port', 'port'],
    ])
    expect(sites[0]?.span.start).toBe(offsetOf(DEFINITION, 'ip_address'))
  })
})

describe('templateCaptures', () => {
  it('finds every <step>.<output_field>.<capture> a template reads, not members of other names', () => {
    const reads = templateCaptures(DEFINITION, outline)
    expect(reads.map((read) => read.name)).toEqual(['port', 'ip_address', 'ip_address'])
    expect(reads.every((read) => read.step === outline.grokSteps[0])).toBe(true)
    const text = `${DEFINITION}          x: "{{ y.parsed_event.result.port }}"\n`
    expect(templateCaptures(text, readOutline(text))).toHaveLength(3)
  })

  it('names the capture under an offset, only on its name', () => {
    const onName = templateCaptureAt(DEFINITION, outline, offsetOf(DEFINITION, 'ip_address }}', 3))
    expect(textOf(onName?.span)).toBe('ip_address')
    expect(templateCaptureAt(DEFINITION, outline, offsetOf(DEFINITION, 'result.ip_address'))).toBe(
      null,
    )
  })
})

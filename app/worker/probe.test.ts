import { describe, expect, it } from 'vitest'
import { compile, loadFormat, parse } from '../../parser/index'
import { readFormatFolder } from '../testing/formatFolder'
import { probedParser } from './probe'

const format = loadFormat(readFormatFolder())
const { parser } = compile(format, { platform: '2023' })

describe('probedParser', () => {
  it('parses every sample exactly as the parser it wraps', () => {
    if (!parser) throw new Error('the ESXi format does not compile')
    const { parser: probed } = probedParser(parser, () => {})
    for (const sample of format.samples) {
      expect(parse(probed, sample.message)).toEqual(parse(parser, sample.message))
    }
  })

  it('reports the grok match first, then each template with the rule the line matched', () => {
    if (!parser) throw new Error('the ESXi format does not compile')
    const reports: [string, string | null][] = []
    const probe = probedParser(parser, (step, rule) => reports.push([step, rule]))
    const sample = format.samples[0]
    if (!sample) throw new Error('the ESXi format has no sample')
    const { trace } = parse(probe.parser, sample.message)
    expect(reports[0]).toEqual([expect.stringMatching(/^grok /), null])
    expect(reports.length).toBeGreaterThan(2)
    expect(reports.slice(1).every(([, rule]) => rule === trace.rule)).toBe(true)
    expect(reports.some(([step]) => / action \d+ \(/.test(step))).toBe(true)

    // The next line starts with no rule, whatever the last one matched.
    reports.length = 0
    probe.nextLine()
    parse(probe.parser, 'no rule matches this')
    expect(reports.every(([, rule]) => rule === null)).toBe(true)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { readFormatFolder } from '../testing/formatFolder'
import type { FormatSummary, FramingSetting } from './protocol'
import { ParserSession } from './session'

const framing: FramingSetting = { enabled: true, timezone: 'UTC' }

describe('ParserSession on the ESXi format', () => {
  let session: ParserSession
  let summary: FormatSummary

  beforeAll(() => {
    session = new ParserSession('2023')
    summary = session.load(readFormatFolder())
  })

  it('compiles the format and passes all of its samples', () => {
    expect(summary.rev).toBe(1)
    expect(summary.rules?.length).toBeGreaterThan(0)
    expect(summary.samples).toHaveLength(34)
    expect(summary.samples.filter((sample) => !sample.pass)).toEqual([])
    expect(summary.definition.text).toContain('pipeline:')
    expect(summary.customPatterns.SSHD_CONNECTION_FROM).toContain('%{IP:source_ip}')
  })

  it('parses lines, names the matching rule and traces fields back to the line', () => {
    const line = 'Connection from 1.2.3.4 port 33398'
    const [result] = session.parseLines([line], framing)
    expect(result?.sample).toBe('NETWORK_SOURCE')
    expect(result?.result.trace.rule).not.toBeNull()
    const sources = result?.result.trace.fieldSources['source.ip'] ?? []
    expect(sources.map((capture) => line.slice(capture.start, capture.end))).toContain('1.2.3.4')
  })

  it('sends each sample line with its smart description', () => {
    const results = session.parseLines(
      summary.samples.map((sample) => sample.message),
      framing,
    )
    expect(results.filter((result) => !result.description?.text)).toEqual([])
  })

  it('frames a line as the setting says, timezone included', () => {
    const line = '<38>Apr 18 07:14:36 esx01 sshd[12345]: Connection from 1.2.3.4 port 33398'
    const [framed] = session.parseLines([line], { enabled: true, timezone: 'Europe/Paris' })
    expect(framed?.result.trace.framing?.kind).toBe('rfc3164')
    expect(framed?.result.event.message).toBe('Connection from 1.2.3.4 port 33398')
    expect(String(framed?.result.event['@timestamp'])).toMatch(/-04-18T05:14:36\.000Z$/)
    const [bare] = session.parseLines([line], { enabled: false, timezone: 'UTC' })
    expect(bare?.result.trace.framing?.kind).toBe('bare')
    expect(bare?.result.event.message).toBe(line)
  })

  it('checks any line against a sample, and sees a changed character', () => {
    const sample = summary.samples.find((entry) => entry.name === 'AUTH_SSH_process_opened')
    expect(sample).toBeDefined()
    if (!sample) return
    expect(session.check(sample.message, sample.name, framing)?.pass).toBe(true)
    const changed = sample.message.replace('root@', 'rook@')
    expect(session.check(changed, sample.name, framing)?.pass).toBe(false)
    expect(session.check(changed, 'NO_SUCH_SAMPLE', framing)).toBeNull()
  })

  it('describes ECS fields and the format’s own fields', () => {
    const docs = session.fieldDocs(['source.ip', 'wmware.esxi.key.id', 'not.a.field'])
    expect(docs['source.ip']?.type).toBe('ip')
    expect(docs['source.ip']?.description).toMatch(/source/i)
    expect(docs['wmware.esxi.key.id']?.description).toBe('Key ID')
    expect(docs['not.a.field']).toBeUndefined()
  })

  it('checks user samples: one made from the actual event passes, an edited one fails', () => {
    const message = 'Connection from 1.2.3.4 port 33398'
    const [result] = session.parseLines([message], framing)
    const expected = result?.result.event ?? {}
    const edited = { ...expected, user: { name: 'nobody the parser writes' } }
    const checks = session.checkSamples(
      [
        { name: 'MINE', message, expected },
        { name: 'EDITED', message, expected: edited },
      ],
      framing,
    )
    expect(checks.map((check) => [check.sample, check.text, check.pass])).toEqual([
      ['MINE', message, true],
      ['EDITED', message, false],
    ])
    expect(checks[1]?.expected).toMatchObject({ user: { name: 'nobody the parser writes' } })
    expect(checks[1]?.event).toEqual(expected)
  })

  it('hands out the base grok library, whose IP refers to IPV4 and IPV6', () => {
    const patterns = session.grokLibrary()
    expect(patterns.IP).toContain('%{IPV4}')
    expect(patterns.IPV4).toBeDefined()
    expect(patterns.IPV6).toBeDefined()
  })
})

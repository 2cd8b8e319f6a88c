import { beforeAll, describe, expect, it } from 'vitest'
import { readFormatFolder } from '../testing/formatFolder'
import type { FormatSummary } from './protocol'
import { ParserSession } from './session'

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
    const [result] = session.parseLines([line])
    expect(result?.sample).toBe('NETWORK_SOURCE')
    expect(result?.result.trace.rule).not.toBeNull()
    const sources = result?.result.trace.fieldSources['source.ip'] ?? []
    expect(sources.map((capture) => line.slice(capture.start, capture.end))).toContain('1.2.3.4')
  })

  it('checks any line against a sample, and sees a changed character', () => {
    const sample = summary.samples.find((entry) => entry.name === 'AUTH_SSH_process_opened')
    expect(sample).toBeDefined()
    if (!sample) return
    expect(session.check(sample.message, sample.name)?.pass).toBe(true)
    const changed = sample.message.replace('root@', 'rook@')
    expect(session.check(changed, sample.name)?.pass).toBe(false)
    expect(session.check(changed, 'NO_SUCH_SAMPLE')).toBeNull()
  })

  it('describes ECS fields and the format’s own fields', () => {
    const docs = session.fieldDocs(['source.ip', 'wmware.esxi.key.id', 'not.a.field'])
    expect(docs['source.ip']?.type).toBe('ip')
    expect(docs['source.ip']?.description).toMatch(/source/i)
    expect(docs['wmware.esxi.key.id']?.description).toBe('Key ID')
    expect(docs['not.a.field']).toBeUndefined()
  })
})

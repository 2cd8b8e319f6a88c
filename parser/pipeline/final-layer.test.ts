import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { compile } from './compile'
import { parse } from './run'

// `final` is the event as the actions have built it so far; filters that read it see each write.
const PARSER = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          source.ip: '{{ original.message }}'
        filter: '{{ original.message != "none" }}'
      - set:
          event.kind: alert
        filter: '{{ final.source.ip != null }}'
      - delete:
          - source.ip
      - set:
          event.dataset: late
        filter: '{{ final.source is not defined }}'
      - set:
          event.provider: '{{ final.event.kind | upper }}'
`

function run(line: string) {
  const { parser, diagnostics } = compile(loadFormat({ 'ingest/parser.yml': PARSER }))
  expect(diagnostics).toEqual([])
  if (!parser) throw new Error('no parser')
  expect(parser.readsFinal).toBe(true)
  return parse(parser, line, { framing: { enabled: false, timezone: 'UTC', now: new Date() } })
}

const TYPED = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          http.response.status_code: '{{ original.message }}'
      - set:
          event.outcome: success
        filter: '{{ final.http.response.status_code < 400 }}'
      - set:
          event.category: '["web"]'
      - set:
          event.kind: '{{ final.event.category[0] }}'
`

describe('the final layer', () => {
  it('holds each field cast to its type: a long compares as a number, a list indexes', () => {
    const { parser } = compile(loadFormat({ 'ingest/parser.yml': TYPED }), { platform: '2026' })
    if (!parser) throw new Error('no parser')
    const event = (line: string) =>
      parse(parser, line, { framing: { enabled: false, timezone: 'UTC', now: new Date() } }).event
    expect(event('200').event).toEqual({ outcome: 'success', category: ['web'], kind: 'web' })
    expect(event('404').event).toEqual({ category: ['web'], kind: 'web' })
    // A value casting drops is not in final: the comparison raises and its action is skipped.
    expect(event('n/a').event).toEqual({ category: ['web'], kind: 'web' })
  })

  it('reads fields set by earlier actions, and forgets deleted ones', () => {
    expect(run('1.2.3.4').event).toEqual({
      message: '1.2.3.4',
      event: { kind: 'alert', dataset: 'late', provider: 'ALERT' },
    })
  })

  it('is undefined where nothing was set, and reading below that raises', () => {
    // final.event is undefined, so `final.event.kind` raises and that set is skipped.
    expect(run('none').event).toEqual({ message: 'none', event: { dataset: 'late' } })
  })
})

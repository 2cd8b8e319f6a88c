import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { compile } from './compile'
import { parse } from './run'

const UNFRAMED = { framing: { enabled: false, timezone: 'UTC', now: new Date(0) } }

function run(yaml: string, line: string) {
  const { parser, diagnostics } = compile(loadFormat({ 'ingest/parser.yml': yaml }), {
    platform: '2026',
  })
  expect(diagnostics).toEqual([])
  if (!parser) throw new Error('no parser')
  return parse(parser, line, UNFRAMED)
}

// dialect.md: translate maps a source value through a dictionary; engine.md §4: a filter that
// raises skips its action. The cases are the spec's, on values of every shape a layer can hold.
describe('translate on a source that is not a string', () => {
  const yaml = `pipeline:
  - name: codes
  - name: names
stages:
  codes:
    actions:
      - set:
          number: 1
          flag: true
          missing_none: null
  names:
    actions:
      - translate:
          dictionary: { "1": one, "True": yes, "None": none }
          mapping:
            codes.number: event.code
            codes.flag: event.reason
            codes.missing_none: event.action
      - translate:
          dictionary: { "2": two }
          mapping: { codes.number: event.provider }
          fallback: other
`

  it('looks up the value as Python prints it; a None source takes no entry, only a fallback', () => {
    const result = run(yaml, 'x')
    expect(result.event.event).toEqual({ code: 'one', reason: 'yes', provider: 'other' })
    const skipped = result.trace.actions.flatMap(({ skipped }) => skipped.map(({ field }) => field))
    expect(skipped).toContain('event.action')
  })
})

describe('an action filter that raises', () => {
  const yaml = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.kind: alert
        filter: '{{ original.message.nothing.deeper }}'
      - set:
          event.kind: event
        filter: '{{ original.message.upper().startswith("X") }}'
      - set:
          event.action: after
`

  it('skips that action only, and the trace says why', () => {
    const result = run(yaml, 'x')
    expect(result.event.event).toEqual({ kind: 'event', action: 'after' })
    const [raised, passed, plain] = result.trace.actions
    expect(raised?.status).toBe('error')
    expect(raised?.error).toBeTruthy()
    expect([passed?.status, plain?.status]).toEqual(['ran', 'ran'])
  })
})

describe('ignored_values', () => {
  const yaml = `ignored_values: ["-", ""]
pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          user.name: '{{ original.message }}'
          event.reason: '{{ original.message }} seen'
`

  it('keeps a set from writing a value rendered as one of them', () => {
    expect(run(yaml, '-').event).toEqual({ message: '-', event: { reason: '- seen' } })
    expect(run(yaml, 'bob').event).toMatchObject({ user: { name: 'bob' } })
  })
})

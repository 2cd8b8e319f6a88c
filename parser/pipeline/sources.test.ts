import { describe, expect, it } from 'vitest'
import { FieldNode, fieldTypes } from '../ecs'
import { loadFormat } from '../format'
import type { Capture } from '../types'
import { compile } from './compile'
import { parse } from './run'
import { SourceTracker } from './sources'

const PARSER = `pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: '^%{WORD:verb} from %{IP:ip} port %{INT:port}(?: code %{INT:code})?$'
  - name: first
  - name: second
stages:
  first:
    actions:
      - set:
          observer.vendor: VMware
          source.ip: '{{ parsed_event.result.ip }}'
          event.action: '{{ parsed_event.result.verb }} on {{ parsed_event.result.port }}'
      - translate:
          dictionary: { "0": success }
          mapping: { parsed_event.result.code: event.outcome }
  second:
    actions:
      - set:
          destination.ip: '{{ first.source.ip }}'
          event.reason: '{{ original.message }}'
`

const capture = (field: string, value: string, start: number): Capture => ({
  field,
  value,
  start,
  end: start + value.length,
})

describe('fieldSources', () => {
  const format = loadFormat({ 'ingest/parser.yml': PARSER })
  const { parser } = compile(format, { platform: '2026' })
  if (!parser) throw new Error('the test parser does not compile')
  const line = 'Accepted from 10.1.2.3 port 22 code 0'
  const { event, trace } = parse(parser, line)
  const verb = capture('verb', 'Accepted', 0)
  const ip = capture('ip', '10.1.2.3', 14)
  const port = capture('port', '22', 28)
  const code = capture('code', '0', 36)
  const whole = capture('message', line, 0)

  it('names the captures a set template read, in the order it read them', () => {
    expect(trace.fieldSources['source.ip']).toEqual([ip])
    expect(trace.fieldSources['event.action']).toEqual([verb, port])
  })

  it('gives constants no source and the message the whole line', () => {
    expect(trace.fieldSources['observer.vendor']).toEqual([])
    expect(trace.fieldSources.message).toEqual([whole])
    expect(trace.fieldSources['event.reason']).toEqual([whole])
  })

  it("follows a translation to its source, and a copy through a stage's layer", () => {
    expect(event.event).toMatchObject({ outcome: 'success' })
    expect(trace.fieldSources['event.outcome']).toEqual([code])
    expect(trace.fieldSources['destination.ip']).toEqual([ip])
  })

  it('gives what post-processing derived the sources of its origins', () => {
    expect(trace.fieldSources['source.address']).toEqual([ip])
    expect(trace.fieldSources['related.ip']).toEqual([ip])
  })

  it('covers every leaf of the event and nothing else', () => {
    expect(Object.keys(trace.fieldSources).sort()).toEqual(
      [
        'destination.address',
        'destination.ip',
        'event.action',
        'event.outcome',
        'event.reason',
        'message',
        'observer.vendor',
        'related.ip',
        'source.address',
        'source.ip',
      ].sort(),
    )
  })

  it('reports the rule and the captures of the raw line', () => {
    expect(trace.rule).not.toBeNull()
    expect(trace.captures).toEqual(expect.arrayContaining([verb, ip, port, code]))
  })
})

describe('SourceTracker', () => {
  const whole = capture('message', 'a b', 0)
  const a = capture('a', 'a', 0)
  const b = capture('b', 'b', 2)

  it('forgets the fields under an object written over them, and finds a field through its object', () => {
    const root = FieldNode.root(fieldTypes({}))
    const tracker = new SourceTracker(whole, root)
    tracker.grokStep('g', [a, b])
    tracker.wrote(
      root.at('x.y'),
      tracker.resolve([{ kind: 'grok', step: 'g', capture: 'a' }]),
      false,
    )
    expect(tracker.of(root.at('x.y'))).toEqual([a])
    tracker.wrote(root.at('x'), tracker.resolve([{ kind: 'grok', step: 'g', capture: null }]), true)
    expect(tracker.of(root.at('x.y'))).toEqual([a, b])
    expect(tracker.of(root.at('message'))).toEqual([whole])
    tracker.wroteLayer('s.x', [b])
    expect(tracker.resolve([{ kind: 'layer', path: 's' }])).toEqual([b])
  })
})

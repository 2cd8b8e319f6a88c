import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import type { EcsEvent } from '../types'
import { compile } from './compile'
import { parse } from './run'
import type { CompiledParser } from './types'

const GROK = `  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
`

/** A parser from a pattern block and stages; the test fails loudly if it does not compile. */
function parserOf(yaml: string, fields = ''): CompiledParser {
  const format = loadFormat({ 'ingest/parser.yml': yaml, '_meta/fields.yml': fields })
  const { parser, diagnostics } = compile(format, { platform: '2026' })
  expect([...format.diagnostics.filter((d) => d.severity === 'error'), ...diagnostics]).toEqual([])
  if (!parser) throw new Error('no parser')
  return parser
}

const eventOf = (parser: CompiledParser, line: string): EcsEvent => parse(parser, line).event

const CONNECTION = `pipeline:
${GROK}        pattern: '^%{WORD:verb} from %{IP:ip}(?: port %{INT:port})?(?: as %{DATA:user})?$'
  - name: common
  - name: details
    filter: '{{ parsed_event.result != None }}'
stages:
  common:
    actions:
      - set:
          observer.vendor: VMware
  details:
    actions:
      - set:
          source.ip: '{{ parsed_event.result.ip }}'
          event.action: '{{ parsed_event.result.verb | lower }}'
      - set:
          source.port: '{{ parsed_event.result.port }}'
        filter: '{{ parsed_event.result.port != None }}'
      - set:
          network.transport: tcp
        filter: '{{ parsed_event.result.port == None }}'
`

describe('parse: steps and filters', () => {
  const parser = parserOf(CONNECTION)

  it('runs grok, then the stages, and types the event', () => {
    expect(eventOf(parser, 'Connection from 1.2.3.4 port 22')).toEqual({
      message: 'Connection from 1.2.3.4 port 22',
      observer: { vendor: 'VMware' },
      event: { action: 'connection' },
      source: { ip: '1.2.3.4', port: 22, address: '1.2.3.4' },
      related: { ip: ['1.2.3.4'] },
    })
  })

  it('skips an action whose filter renders False, runs one whose filter renders True', () => {
    const result = parse(parser, 'Connection from 1.2.3.4')
    expect(result.event.network).toEqual({ transport: 'tcp' })
    expect(result.event.source).toEqual({ ip: '1.2.3.4', address: '1.2.3.4' })
    expect(
      result.trace.actions.map(({ stage, index, status }) => `${stage}#${index}:${status}`),
    ).toEqual(['common#0:ran', 'details#0:ran', 'details#1:filtered', 'details#2:ran'])
  })

  it('skips a step whose filter is false: a line no rule matches keeps only the constant stage', () => {
    const result = parse(parser, 'nothing to see')
    expect(result.event).toEqual({ message: 'nothing to see', observer: { vendor: 'VMware' } })
    expect(result.trace.rule).toBeNull()
    expect(result.trace.steps.map(({ name, kind, status }) => `${name}:${kind}:${status}`)).toEqual(
      [
        'framing:framing:ran',
        'parsed_event:external:ran',
        'common:stage:ran',
        'details:stage:filtered',
      ],
    )
  })
})

describe('parse: set', () => {
  const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{WORD:a}(?: %{WORD:b})?(?: \\[%{DATA:empty}\\])?$'
  - name: first
  - name: second
stages:
  first:
    actions:
      - set:
          event.action: first
          event.reason: kept
          event.provider: kept
          event.code: kept
      - set:
          event.action: '{{ parsed_event.result.a }}'
  second:
    actions:
      - set:
          event.reason: '{{ parsed_event.result.b }}'
          event.provider: '{{ parsed_event.result.empty }}'
          event.code: '{{ parsed_event.result.b.lower() }}'
          event.category: ["network", "session"]
          event.severity: 3
          event.module: '{{ first.event.action }}-copy'
          event.dataset: '{{ parsed_event.message != None }}'
`)

  it('lets later sets overwrite earlier ones', () => {
    expect(eventOf(parser, 'hello').event).toMatchObject({ action: 'hello' })
  })

  it('leaves a field unchanged when its value renders None or empty, or raises (method on None)', () => {
    const result = parse(parser, 'hello []')
    expect(result.event.event).toMatchObject({ reason: 'kept', provider: 'kept', code: 'kept' })
    const second = result.trace.actions.find((action) => action.stage === 'second')
    expect(second?.skipped.map(({ field }) => field)).toEqual([
      'event.reason',
      'event.provider',
      'event.code',
    ])
  })

  it('writes YAML lists and numbers as given', () => {
    expect(eventOf(parser, 'hello').event).toMatchObject({
      category: ['network', 'session'],
      severity: 3,
    })
  })

  it("reads a previous stage's layer", () => {
    expect(eventOf(parser, 'hello').event).toMatchObject({ module: 'hello-copy' })
  })

  it('treats a missing attribute as undefined, which is != None', () => {
    expect(eventOf(parser, 'hello').event).toMatchObject({ dataset: 'True' })
  })
})

describe('parse: delete and translate', () => {
  const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{INT:code}(?: %{WORD:word})?$'
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.kind: event
          event.action: temporary
          observer.vendor: VMware
      - delete:
          - event.action
          - observer.vendor
      - translate:
          dictionary: { "0": success, "1": failure }
          mapping: { parsed_event.result.code: event.outcome }
      - translate:
          dictionary: { hello: greeting }
          mapping: { parsed_event.result.word: event.reason }
          fallback: other
`)

  it('deletes fields, and the objects left empty', () => {
    expect(eventOf(parser, '0 hello')).toEqual({
      message: '0 hello',
      event: { kind: 'event', outcome: 'success', reason: 'greeting' },
    })
  })

  it('translates through the dictionary, else the fallback, else leaves the target alone', () => {
    expect(eventOf(parser, '7 bye').event).toEqual({ kind: 'event', reason: 'other' })
    expect(eventOf(parser, '1').event).toEqual({
      kind: 'event',
      outcome: 'failure',
      reason: 'other',
    })
  })
})

describe('parse: grok layers', () => {
  it('merges duplicate and nested capture names; names that did not take part are None', () => {
    const parser = parserOf(
      `pipeline:
${GROK}        pattern: '%{V6}|%{V4}'
        custom_patterns:
          ADDR: '%{IP:ip}'
          V6: '^six %{ADDR:ip} %{WORD:six_only}$'
          V4: '^four %{IPV4:ip}$'
  - name: fields
stages:
  fields:
    actions:
      - set:
          source.ip: '{{ parsed_event.result.ip }}'
          event.reason: '{{ parsed_event.result.six_only == None }}'
`,
    )
    expect(eventOf(parser, 'four 10.0.0.1')).toMatchObject({
      source: { ip: '10.0.0.1' },
      event: { reason: 'True' },
    })
    expect(eventOf(parser, 'six ::1 x')).toMatchObject({
      source: { ip: '::1' },
      event: { reason: 'False' },
    })
  })

  it('reads the input event as the original layer, and a second grok over a capture', () => {
    const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{WORD:head} %{GREEDYDATA:rest}$'
  - name: inner
    external:
      name: grok.match
      properties:
        input_field: parsed_event.result.rest
        output_field: kv
        pattern: 'user=%{WORD:user}'
  - name: fields
stages:
  fields:
    actions:
      - set:
          user.name: '{{ inner.kv.user }}'
          event.action: '{{ original.message[:3] }}'
`)
    const result = parse(parser, 'head a=1 user=root')
    expect(result.event).toMatchObject({ user: { name: 'root' }, event: { action: 'hea' } })
    expect(result.trace.fieldSources['user.name']).toEqual([
      { field: 'user', value: 'root', start: 14, end: 18 },
    ])
  })
})

describe('parse: never throws', () => {
  it('records a failing step filter as an error and goes on', () => {
    const parser = parserOf(`pipeline:
  - name: broken
    filter: '{{ nothing.at.all }}'
  - name: fine
stages:
  broken:
    actions:
      - set:
          event.kind: alert
  fine:
    actions:
      - set:
          event.kind: event
`)
    const result = parse(parser, 'x')
    expect(result.event).toEqual({ message: 'x', event: { kind: 'event' } })
    expect(result.trace.steps.map(({ status }) => status)).toEqual(['ran', 'error', 'ran'])
    expect(result.trace.steps[1]?.error).toBeTruthy()
  })

  it('records a field that casting dropped as skipped by the action that wrote it', () => {
    const parser = parserOf(
      `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          source.port: not-a-number
          demo.count: '12'
`,
      'demo.count:\n  type: long\n',
    )
    const result = parse(parser, 'x')
    expect(result.event).toEqual({ message: 'x', demo: { count: 12 } })
    expect(result.trace.actions[0]?.skipped.map(({ field }) => field)).toEqual(['source.port'])
  })
})

describe('parse: post-processing planned from what the parser writes', () => {
  const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{WORD:verb}(?: %{IP:ip})?(?: %{NOTSPACE:url})?$'
  - name: fields
stages:
  fields:
    actions:
      - set:
          client: { ip: 10.0.0.1, nat: { ip: 10.0.0.2 } }
        filter: '{{ parsed_event.result.verb == "mapped" }}'
      - set:
          source.ip: '{{ parsed_event.result.ip }}'
          process.command_line: 'fetch {{ parsed_event.result.url }}'
      - translate:
          dictionary: { dns: { question: { name: q.example } } }
          mapping: { parsed_event.result.verb: dns }
`)

  it('derives from fields only a mapping constant or a translation wrote', () => {
    expect(eventOf(parser, 'mapped 1.2.3.4')).toMatchObject({
      client: { ip: '10.0.0.1', address: '10.0.0.1' },
      related: { ip: ['1.2.3.4', '10.0.0.1', '10.0.0.2'] },
    })
    expect(eventOf(parser, 'dns')).toMatchObject({ related: { hosts: ['q.example'] } })
  })

  it('takes url.original from the command line the parser set (2026)', () => {
    const { event, trace } = parse(parser, 'get 1.2.3.4 https://a.example/x')
    expect(event.url).toMatchObject({ original: 'https://a.example/x', domain: 'a.example' })
    expect(trace.fieldSources['url.domain']?.map(({ field }) => field)).toEqual(['url'])
  })
})

describe('parse: values of a printed path', () => {
  const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{WORD:verb}(?: %{INT:count})?$'
  - name: values
stages:
  values:
    actions:
      - set:
          event.action: '{{ parsed_event.result.verb }}'
          event.code: '{{ parsed_event.result.count }}'
          event.reason: '{{ parsed_event.result.nothing }}'
          event.provider: '{{ parsed_event.result.verb.x }}'
          event.kind: '{{ parsed_event.missing }}'
          event.dataset: '{{ parsed_event }}'
`)

  it('writes a string as rendered, skips None, and leaves every other value to rendering', () => {
    const { event, trace } = parse(parser, 'opened')
    expect(event.event).toEqual({
      action: 'opened',
      dataset: "{'result': {'verb': 'opened', 'count': None}}",
    })
    expect(trace.actions[0]?.skipped).toEqual([
      { field: 'event.code', reason: 'rendered None' },
      { field: 'event.reason', reason: 'rendered empty' },
      { field: 'event.provider', reason: 'rendered empty' },
      { field: 'event.kind', reason: 'rendered empty' },
    ])
  })
})

describe('parse: printed paths read after writes', () => {
  const parser = parserOf(`pipeline:
${GROK}        pattern: '^%{WORD:verb} %{WORD:object}$'
  - name: second
    external:
      name: grok.match
      properties:
        input_field: parsed_event.result.object
        output_field: result
        pattern: '^%{WORD:word}$'
  - name: st
stages:
  st:
    actions:
      - set:
          process.name: '{{ parsed_event.result.verb }}'
          process.title: '{{ second.result.word }}'
          event.action: '{{ st.process.name }}'
          event.reason: '{{ parsed_event.result.object }}'
          event.outcome: '{{ st.process.title }}'
`)

  it('sees each write of its own stage and each grok output in turn', () => {
    expect(eventOf(parser, 'open door')).toMatchObject({
      process: { name: 'open', title: 'door' },
      event: { action: 'open', reason: 'door' },
    })
  })
})

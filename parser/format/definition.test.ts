import { describe, expect, it } from 'vitest'
import { readDefinition } from './definition'

const read = (text: string) => readDefinition('ingest/parser.yml', text)

/** The steps and actions as plain data, without the located texts. */
function shape(text: string) {
  const { definition, diagnostics } = read(text)
  expect(diagnostics).toEqual([])
  if (!definition) throw new Error('no definition')
  return definition
}

const located = (text: string) =>
  read(text).diagnostics.map(({ code, line, column, severity }) => ({
    code,
    line,
    column,
    severity,
  }))

describe('readDefinition: grok steps as real formats write them', () => {
  it('reads the raw message into `message` when input_field and output_field are left out', () => {
    const step = shape(`pipeline:
  - name: event
    external:
      name: grok.match
      properties:
        pattern: '%{WORD:w}'
`).pipeline[0]
    expect(step).toMatchObject({
      kind: 'grok',
      inputField: 'original.message',
      outputField: 'message',
    })
  })

  it('takes an input_field spelled as a template of one path as that path', () => {
    const step = shape(`pipeline:
  - name: grok
    external:
      name: grok.match
      properties:
        input_field: "{{ original.message }}"
        output_field: result
        pattern: '%{WORD:w}'
`).pipeline[0]
    expect(step).toMatchObject({ inputField: 'original.message', outputField: 'result' })
  })

  it('still refuses an input_field that is not a string, at its value', () => {
    expect(
      located(`pipeline:
  - name: grok
    external:
      name: grok.match
      properties:
        input_field: [a, b]
        pattern: '%{WORD:w}'
`),
    ).toEqual([{ code: 'schema', line: 6, column: 22, severity: 'error' }])
  })

  it("reads 'external: null' and an empty external as a plain stage", () => {
    const { pipeline } = shape(`pipeline:
  - name: first
    external: null
  - name: second
    external:
stages:
  first:
    actions: []
  second:
    actions: []
`)
    expect(pipeline.map(({ kind, name }) => ({ kind, name: name.value }))).toEqual([
      { kind: 'stage', name: 'first' },
      { kind: 'stage', name: 'second' },
    ])
  })

  it('reports an external other than grok.match at its name', () => {
    expect(
      located(`pipeline:
  - name: date
    external:
      name: date.parse
      properties:
        input_field: original.message
`),
    ).toEqual([{ code: 'schema', line: 4, column: 13, severity: 'error' }])
  })
})

const stage = (actions: string) => `pipeline:
  - name: s
stages:
  s:
    actions:
${actions}`

describe('readDefinition: translate', () => {
  it('reads its keys under translate', () => {
    const action = shape(
      stage(`      - translate:
          dictionary: { "0": success, "1": failure }
          mapping: { parsed_event.result.code: event.outcome }
          fallback: unknown
`),
    ).stages.s?.actions[0]
    expect(action).toMatchObject({
      kind: 'translate',
      dictionary: { '0': 'success', '1': 'failure' },
      mapping: [{ source: 'parsed_event.result.code', target: 'event.outcome' }],
      fallback: 'unknown',
    })
  })

  it('reads its keys written beside an empty translate, as the platform does', () => {
    const action = shape(
      stage(`      - translate:
        dictionary:
          "info": ["info"]
        mapping:
          grok.event.level: event.type
        fallback: ["access"]
`),
    ).stages.s?.actions[0]
    expect(action).toMatchObject({
      kind: 'translate',
      dictionary: { info: ['info'] },
      mapping: [{ source: 'grok.event.level', target: 'event.type' }],
      fallback: ['access'],
    })
  })

  it('reports a dictionary that is not a mapping and a mapping entry that is not a field name', () => {
    expect(
      located(
        stage(`      - translate:
          dictionary: [a, b]
          mapping: { x.y: event.outcome }
      - translate:
          dictionary: { a: b }
          mapping: { x.y: [event.outcome] }
`),
      ),
    ).toEqual([
      { code: 'schema', line: 7, column: 23, severity: 'error' },
      { code: 'schema', line: 11, column: 27, severity: 'error' },
    ])
  })

  it('still reports dictionary or mapping keys beside a translate that has a body', () => {
    expect(
      located(
        stage(`      - translate:
          dictionary: { a: b }
          mapping: { x.y: event.outcome }
        fallback: c
`),
      ),
    ).toEqual([{ code: 'schema', line: 9, column: 9, severity: 'error' }])
  })
})

describe('readDefinition: ignored_values', () => {
  it('reads a list of strings, numbers as Python prints them', () => {
    expect(shape(`ignored_values: ["-", "", 0]\npipeline: []\n`).ignoredValues).toEqual([
      '-',
      '',
      '0',
    ])
  })

  it('reports anything else at its value', () => {
    expect(located(`ignored_values: "-"\npipeline: []\n`)).toEqual([
      { code: 'schema', line: 1, column: 17, severity: 'error' },
    ])
  })
})

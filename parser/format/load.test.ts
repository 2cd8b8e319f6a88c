import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../types'
import { loadFormat } from './load'

const PARSER = `name: demo
pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: '%{WORD:word}'
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.kind: event
`

const MANIFEST = 'uuid: 1234\nname: Demo\nslug: demo\n'

const SAMPLE = `{
  "input": {
    "message": "hello"
  },
  "expected": {
    "event": { "kind": "event" }
  }
}
`

/** Only where and what: the message wording may change, the place and the kind may not. */
const where = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ code, file, line, column, severity }) => ({
    code,
    file,
    line,
    column,
    severity,
  }))

function loadParser(parser: string) {
  return where(loadFormat({ 'ingest/parser.yml': parser }).diagnostics).filter(
    (diagnostic) => diagnostic.file === 'ingest/parser.yml',
  )
}

describe('loadFormat', () => {
  it('reads the manifest, the fields, the samples and the smart descriptions', () => {
    const format = loadFormat({
      '_meta/manifest.yml': MANIFEST,
      '_meta/fields.yml':
        'demo.count:\n  name: demo.count\n  type: number\n  description: how many\ndemo.tag:\n  type: keyword\n',
      '_meta/smart-descriptions.json':
        '[{"value": "{user.name} did it", "conditions": [{"field": "user.name"}, {"field": "event.category", "value": "session"}], "relationships": [{"source": "source.ip", "target": "user.name", "type": "connected as"}]}]',
      'ingest/parser.yml': PARSER,
      'tests/b.json': SAMPLE,
      'tests/a.json': SAMPLE.replace('"hello"', '"hi",\n    "extra": 1'),
      'tests/nested/c.json': SAMPLE,
    })
    expect(format.diagnostics).toEqual([])
    expect([format.uuid, format.name, format.slug]).toEqual(['1234', 'Demo', 'demo'])
    expect(format.fields).toEqual({
      'demo.count': { type: 'number', description: 'how many' },
      'demo.tag': { type: 'keyword' },
    })
    expect(format.samples.map(({ name, file, message }) => ({ name, file, message }))).toEqual([
      { name: 'a', file: 'tests/a.json', message: 'hi' },
      { name: 'b', file: 'tests/b.json', message: 'hello' },
    ])
    expect(format.samples[0]?.input).toEqual({ message: 'hi', extra: 1 })
    expect(format.samples[1]?.expected).toEqual({ event: { kind: 'event' } })
    expect(format.smartDescriptions).toEqual([
      {
        value: '{user.name} did it',
        conditions: [{ field: 'user.name' }, { field: 'event.category', value: 'session' }],
        relationships: [{ source: 'source.ip', target: 'user.name', type: 'connected as' }],
      },
    ])
  })

  it('reports a missing parser.yml as an error and a missing manifest as a warning', () => {
    expect(where(loadFormat({}).diagnostics)).toEqual([
      { code: 'schema', file: '_meta/manifest.yml', line: 1, column: 1, severity: 'warning' },
      { code: 'schema', file: 'ingest/parser.yml', line: 1, column: 1, severity: 'error' },
    ])
  })

  it('reports a YAML syntax error where the yaml library found it', () => {
    expect(loadParser('name: a\nname: b\npipeline: []\n')).toEqual([
      { code: 'yaml', file: 'ingest/parser.yml', line: 2, column: 1, severity: 'error' },
    ])
  })

  it('reports a pipeline that is not a list at its value', () => {
    expect(loadParser('pipeline:\n  name: x\n')).toEqual([
      { code: 'schema', file: 'ingest/parser.yml', line: 2, column: 3, severity: 'error' },
    ])
  })

  it('reports a pipeline entry without a name at its first key', () => {
    expect(loadParser('pipeline:\n  - filter: "{{ True }}"\n')).toEqual([
      { code: 'schema', file: 'ingest/parser.yml', line: 2, column: 5, severity: 'error' },
    ])
  })

  it('reports an action that is neither set, delete nor translate at its key', () => {
    const parser = PARSER.replace('      - set:\n', '      - sett:\n')
    expect(loadParser(parser)).toEqual([
      { code: 'schema', file: 'ingest/parser.yml', line: 14, column: 9, severity: 'error' },
    ])
  })

  it('reports a delete that is not a list, an external that is not grok.match, a grok without pattern', () => {
    const parser = `pipeline:
  - name: other
    external:
      name: json.parse
  - name: grok
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
stages:
  s:
    actions:
      - delete: field.name
`
    expect(loadParser(parser)).toEqual([
      { code: 'schema', file: 'ingest/parser.yml', line: 4, column: 13, severity: 'error' },
      { code: 'schema', file: 'ingest/parser.yml', line: 9, column: 9, severity: 'error' },
      { code: 'schema', file: 'ingest/parser.yml', line: 14, column: 17, severity: 'error' },
    ])
  })

  it('reports a test file that is not JSON at the line and column of the error', () => {
    const format = loadFormat({
      '_meta/manifest.yml': MANIFEST,
      'ingest/parser.yml': PARSER,
      'tests/x.json': '{\n  "input": {\n  },,\n}',
    })
    expect(where(format.diagnostics)).toEqual([
      { code: 'json', file: 'tests/x.json', line: 3, column: 5, severity: 'error' },
    ])
    expect(format.samples).toEqual([])
  })

  it('reports a test without input.message, or with an expected that is not an object', () => {
    const format = loadFormat({
      '_meta/manifest.yml': MANIFEST,
      'ingest/parser.yml': PARSER,
      'tests/no-message.json': '{\n  "input": {\n    "other": 1\n  },\n  "expected": {}\n}',
      'tests/bad-expected.json': '{\n  "input": {\n    "message": "x"\n  },\n  "expected": []\n}',
    })
    expect(where(format.diagnostics)).toEqual([
      { code: 'test-file', file: 'tests/bad-expected.json', line: 5, column: 3, severity: 'error' },
      { code: 'test-file', file: 'tests/no-message.json', line: 2, column: 3, severity: 'error' },
    ])
  })

  it('reports a field without a type and smart descriptions of the wrong shape', () => {
    const format = loadFormat({
      'ingest/parser.yml': PARSER,
      '_meta/fields.yml': 'good:\n  type: keyword\nbad:\n  description: no type\n',
      '_meta/smart-descriptions.json': '{"value": "not a list"}',
    })
    expect(where(format.diagnostics)).toEqual([
      { code: 'schema', file: '_meta/manifest.yml', line: 1, column: 1, severity: 'warning' },
      { code: 'schema', file: '_meta/fields.yml', line: 3, column: 1, severity: 'error' },
      {
        code: 'schema',
        file: '_meta/smart-descriptions.json',
        line: 1,
        column: 1,
        severity: 'error',
      },
    ])
    expect(format.fields).toEqual({ good: { type: 'keyword' } })
  })
})

describe('the manifest', () => {
  it('carries the platform era of the samples, and warns about an unknown one', () => {
    const known = loadFormat({ '_meta/manifest.yml': "slug: a\nsekoiaio_platform: '2023'\n" })
    expect(known.diagnostics.filter((diagnostic) => diagnostic.file.startsWith('_meta'))).toEqual(
      [],
    )
    const unknown = loadFormat({ '_meta/manifest.yml': 'slug: a\nsekoiaio_platform: 1999\n' })
    expect(
      where(unknown.diagnostics).filter((diagnostic) => diagnostic.file.startsWith('_meta')),
    ).toEqual([
      { code: 'schema', file: '_meta/manifest.yml', line: 2, column: 1, severity: 'warning' },
    ])
  })
})

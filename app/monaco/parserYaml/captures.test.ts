import { describe, expect, it } from 'vitest'
import { captureNames, stepCaptures } from './captures'
import { readOutline } from './outline'

const BASE = {
  IP: '(?:%{IPV6}|%{IPV4})',
  IPV4: '\\d+(?:\\.\\d+){3}',
  IPV6: '[0-9a-f:]+',
  INT: '\\d+',
}

describe('captureNames', () => {
  it('collects fields and named groups through custom patterns, in order, each once', () => {
    const table = {
      ...BASE,
      A: '^%{HEADER} from %{IP:source_ip}',
      B: '(?P<action>open|close) %{IP:source_ip}',
      HEADER: '\\[%{INT:pid}\\]',
    }
    expect(captureNames('%{A}|%{B}|%{INT:code}', table)).toEqual([
      { name: 'pid', definedBy: ['HEADER'] },
      { name: 'source_ip', definedBy: ['A', 'B'] },
      { name: 'action', definedBy: ['B'] },
      { name: 'code', definedBy: [] },
    ])
  })

  it('follows named captures inside base patterns and survives unknown and cyclic names', () => {
    const table = { ...BASE, LOOP: '%{LOOP:again}', WRAP: '%{IP:inner}' }
    expect(captureNames('%{WRAP:outer} %{LOOP} %{NOPE:missing}', table).map((c) => c.name)).toEqual(
      ['outer', 'inner', 'again', 'missing'],
    )
  })
})

describe('stepCaptures', () => {
  it('keys the captures by step and output field (message by default), custom patterns overriding the base', () => {
    const outline = readOutline(`pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        output_field: result
        pattern: '%{IP}'
        custom_patterns:
          IP: '(?P<address>\\S+)'
  - name: default_output
    external:
      name: grok.match
      properties:
        pattern: '%{INT:n}'
`)
    expect(stepCaptures(outline.grokSteps, BASE)).toEqual([
      {
        step: 'parsed_event',
        outputField: 'result',
        captures: [{ name: 'address', definedBy: ['IP'] }],
      },
      { step: 'default_output', outputField: 'message', captures: [{ name: 'n', definedBy: [] }] },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { EcsEvent, Value } from '../types'
import { castEvent, castInPlace, castScalar } from './cast'
import { FieldNode } from './fieldTree'
import { fieldTypes } from './fieldTypes'

const esxiFields = {
  'wmware.esxi.event.serial_number': { type: 'number', description: 'Serial number' },
  'wmware.esxi.key.id': { type: 'keyword', description: 'Key ID' },
}
const types = fieldTypes(esxiFields)

const castTo = (value: Value, type: string) => {
  const result = castScalar(value, type)
  return result.ok ? result.value : 'DROPPED'
}

describe('castScalar: integer types (§5 "decimal string → integer; otherwise dropped")', () => {
  it.each([
    // seed AUTH_CONNECTION_*: source.port "33398" → 33398; PROCESS_CMD_user: process.pid
    ['33398', 'long', 33398],
    ['9919303', 'long', 9919303],
    ['-12', 'long', -12],
    // Python's int() is the likely implementation: it accepts a sign, surrounding whitespace,
    // leading zeros and PEP 515 underscores
    ['+5', 'long', 5],
    [' 5', 'long', 5],
    ['5 ', 'long', 5],
    ['007', 'long', 7],
    ['1_000', 'integer', 1000],
    // numbers already numeric are kept when integral
    [443, 'long', 443],
    [443, 'short', 443],
    // int('5.0') and int('0x1F') raise in Python: dropped
    ['5.0', 'long', 'DROPPED'],
    ['0x1F', 'long', 'DROPPED'],
    ['1e3', 'long', 'DROPPED'],
    ['(403)', 'long', 'DROPPED'],
    ['', 'long', 'DROPPED'],
    [5.5, 'long', 'DROPPED'],
    [true, 'long', 'DROPPED'],
    [['1'], 'long', 'DROPPED'],
    // out of the Elasticsearch mapping's range: the platform could not index it
    ['128', 'byte', 'DROPPED'],
    ['127', 'byte', 127],
    ['40000', 'short', 'DROPPED'],
    ['3000000000', 'integer', 'DROPPED'],
    ['9223372036854775808', 'long', 'DROPPED'],
    ['-1', 'unsigned_long', 'DROPPED'],
    // beyond 2^53 the nearest double, as JSON.parse reads the same digits
    ['18446744073709551615', 'unsigned_long', JSON.parse('18446744073709551615')],
  ])('%j as %s → %j', (value, type, expected) => {
    expect(castTo(value, type)).toEqual(expected)
  })

  it('gives a reason for a drop', () => {
    expect(castScalar('abc', 'long')).toEqual({
      ok: false,
      reason: '"abc" is not a decimal integer (long)',
    })
    expect(castScalar('300', 'byte')).toEqual({
      ok: false,
      reason: '"300" is not within the range of byte',
    })
  })
})

describe('castScalar: number (custom), "integer if integral, else float"', () => {
  it.each([
    // seed VARIOUS_SERIAL_NUMBER_1 / _2
    ['1111222233334444', 1111222233334444],
    ['12', 12],
    ['1.5', 1.5],
    [' 2.25 ', 2.25],
    ['1e3', 1000],
    // '233816e0' is a float to Python, but only in a `number` field: keyword fields keep it (below)
    ['233816e0', 233816],
    [7, 7],
    [0.5, 0.5],
    // beyond 2^53 the value is the nearest double, which is also what JSON.parse makes of the expected digits
    ['9007199254740993', JSON.parse('9007199254740993')],
    ['abc', 'DROPPED'],
    ['(403)', 'DROPPED'],
    ['nan', 'DROPPED'],
    ['inf', 'DROPPED'],
    [false, 'DROPPED'],
  ])('%j → %j', (value, expected) => {
    expect(castTo(value, 'number')).toEqual(expected)
  })
})

describe('castScalar: floating-point types', () => {
  it.each([
    ['1.5', 'double', 1.5],
    ['3', 'float', 3],
    [2.5, 'scaled_float', 2.5],
    ['.5', 'half_float', 0.5],
    ['x', 'double', 'DROPPED'],
    ['', 'float', 'DROPPED'],
    [true, 'double', 'DROPPED'],
  ])('%j as %s → %j', (value, type, expected) => {
    expect(castTo(value, type)).toEqual(expected)
  })
})

describe('castScalar: string types keep the value as set', () => {
  it.each([
    // seed VARIOUS_REASON_*: '(403)' and opID '233816e0' stay strings
    ['(403)', 'keyword'],
    ['233816e0', 'keyword'],
    ['33398', 'keyword'],
    [' padded ', 'keyword'],
    ['/bin/hostd-probe.sh ++group=host/vim/vmvisor/hostd-probe/stats/sh', 'wildcard'],
    ['text', 'text'],
    ['text', 'match_only_text'],
    ['v', 'constant_keyword'],
    // a YAML constant that is not a string is left as the parser set it: nothing turns it into text
    [7, 'keyword'],
    [true, 'keyword'],
    // dates are kept as given, and so are types without a casting rule
    ['2023-04-18T07:14:36Z', 'date'],
    ['Tuesday, 18 April, 2023 07:14:36 AM', 'date'],
    [{ a: 1 }, 'flattened'],
    [{ a: 1 }, 'object'],
    ['1,2', 'geo_point'],
    [null, 'long'],
  ])('%j as %s is kept', (value, type) => {
    expect(castTo(value, type)).toEqual(value)
  })
})

describe('castScalar: ip (Python ipaddress rules)', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['127.0.0.1', '127.0.0.1'],
    ['::1', '::1'],
    // kept as written, not normalised
    ['::FFFF:1.2.3.4', '::FFFF:1.2.3.4'],
    ['fe80::1%vmk0', 'fe80::1%vmk0'],
    ['01.2.3.4', 'DROPPED'],
    ['256.0.0.1', 'DROPPED'],
    ['1.2.3.4:3260', 'DROPPED'],
    ['localhost', 'DROPPED'],
    [' 1.2.3.4', 'DROPPED'],
    [16909060, 'DROPPED'],
  ])('%j → %j', (value, expected) => {
    expect(castTo(value, 'ip')).toEqual(expected)
  })
})

describe('castScalar: boolean', () => {
  it.each([
    [true, true],
    [false, false],
    // Elasticsearch's spellings
    ['true', true],
    ['false', false],
    // Python's str(True), what '{{ a == b }}' renders
    ['True', true],
    ['False', false],
    ['yes', 'DROPPED'],
    ['1', 'DROPPED'],
    ['', 'DROPPED'],
    [1, 'DROPPED'],
  ])('%j → %j', (value, expected) => {
    expect(castTo(value, 'boolean')).toEqual(expected)
  })
})

describe('castEvent', () => {
  it('casts the seed AUTH_CONNECTION_disconnected event', () => {
    const produced: EcsEvent = {
      message: 'Disconnected from user root 1.2.3.4 port 33398',
      event: { kind: 'event', category: '["authentication"]', type: "['end']" },
      observer: { vendor: 'VMware', product: 'ESXi' },
      user: { name: 'root' },
      source: { ip: '1.2.3.4', port: '33398' },
    }
    expect(castEvent(produced, types)).toEqual({
      event: {
        message: 'Disconnected from user root 1.2.3.4 port 33398',
        event: { kind: 'event', category: ['authentication'], type: ['end'] },
        observer: { vendor: 'VMware', product: 'ESXi' },
        user: { name: 'root' },
        source: { ip: '1.2.3.4', port: 33398 },
      },
      dropped: [],
    })
  })

  it('casts the format-defined number of VARIOUS_SERIAL_NUMBER_1', () => {
    const { event } = castEvent(
      { wmware: { esxi: { event: { serial_number: '1111222233334444' } } } },
      types,
    )
    expect(event).toEqual({ wmware: { esxi: { event: { serial_number: 1111222233334444 } } } })
  })

  it('does not modify its input', () => {
    const input: EcsEvent = { source: { port: '22' } }
    castEvent(input, types)
    expect(input).toEqual({ source: { port: '22' } })
  })

  it('drops failed conversions and reports them', () => {
    const { event, dropped } = castEvent(
      { source: { ip: 'fdm', port: 'ssh', address: 'fdm' }, process: { pid: '12' } },
      types,
    )
    expect(event).toEqual({ source: { address: 'fdm' }, process: { pid: 12 } })
    expect(dropped).toEqual([
      { field: 'source.ip', reason: '"fdm" is not an IP address' },
      { field: 'source.port', reason: '"ssh" is not a decimal integer (long)' },
    ])
  })

  it('keeps fields with no known type as they are', () => {
    const event: EcsEvent = { vendor: { custom: '0x1F', n: 3, list: "['a']" } }
    expect(castEvent(event, types).event).toEqual(event)
  })

  describe('array fields (ECS normalize: array)', () => {
    it.each<[Value, Value]>([
      // a Python literal list, what Jinja2 renders for {{ ["end"] }}
      ["['end']", ['end']],
      // a JSON list
      ['["session"]', ['session']],
      ['["authentication", "network"]', ['authentication', 'network']],
      // a non-list string becomes a one-element list
      ['process', ['process']],
      ["'process'", ["'process'"]],
      ['[not a list', ['[not a list']],
      ['("a", "b")', ['("a", "b")']],
      // a YAML list is used as given
      [
        ['network', 'session'],
        ['network', 'session'],
      ],
      [[], []],
      ['[]', []],
    ])('event.category %j → %j', (value, expected) => {
      expect(castEvent({ event: { category: value } }, types).event).toEqual({
        event: { category: expected },
      })
    })

    it('casts each element to the field type and drops the ones that fail', () => {
      const { event, dropped } = castEvent(
        { related: { ip: "['1.2.3.4', 'fdm', '::1']" }, host: { ip: '10.0.0.1' } },
        types,
      )
      expect(event).toEqual({ related: { ip: ['1.2.3.4', '::1'] }, host: { ip: ['10.0.0.1'] } })
      expect(dropped).toEqual([
        { field: 'related.ip', reason: 'element 1 dropped: "fdm" is not an IP address' },
      ])
    })

    it('drops the field when no element survives', () => {
      const { event, dropped } = castEvent({ related: { ip: 'fdm' }, x: 1 }, types)
      expect(event).toEqual({ x: 1 })
      expect(dropped.map((entry) => entry.field)).toEqual(['related.ip', 'related.ip'])
    })

    it('wraps a non-string scalar', () => {
      expect(castEvent({ event: { type: 5 } }, types).event).toEqual({ event: { type: [5] } })
    })
  })

  it('casts each element of a list written to a field that is not an array field', () => {
    expect(castEvent({ source: { port: ['22', 'x'] } }, types).event).toEqual({
      source: { port: [22] },
    })
  })

  it('does not read a list out of the string of a field that is not an array field', () => {
    expect(castEvent({ user: { name: "['root']" } }, types).event).toEqual({
      user: { name: "['root']" },
    })
  })
})

describe('castInPlace', () => {
  it('casts the event it is given, removes dropped fields and the objects they leave empty', () => {
    const event: EcsEvent = {
      source: { port: 'ssh' },
      process: { pid: '12', args: "['a']" },
      event: { category: '["process"]' },
      labels: {},
    }
    const process = event.process
    const dropped = castInPlace(event, FieldNode.root(types))
    expect(event).toEqual({
      process: { pid: 12, args: ['a'] },
      event: { category: ['process'] },
    })
    expect(event.process).toBe(process)
    expect(dropped).toEqual([
      { field: 'source.port', reason: '"ssh" is not a decimal integer (long)' },
    ])
  })

  it('gives every event its own lists, even for the same spelling', () => {
    const first: EcsEvent = { event: { type: "['end']" } }
    const second: EcsEvent = { event: { type: "['end']" } }
    castInPlace(first, FieldNode.root(types))
    castInPlace(second, FieldNode.root(types))
    const type = (event: EcsEvent) => (event.event as { type: Value }).type
    expect(type(first)).toEqual(['end'])
    expect(type(first)).not.toBe(type(second))
  })
})

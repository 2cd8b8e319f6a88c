import { describe, expect, it } from 'vitest'
import { readFormatFolder } from '../testing/formatFolder'
import { expectedEventSchema, type JsonSchema } from './expectedSchema'
import { ParserSession } from './session'

/** Where `value` breaks `schema`, as paths: just enough of JSON Schema to check what the builder makes. */
function violations(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) {
    if (schema.type && schema.type !== 'array') return [`${path}: not ${schema.type}`]
    return value.flatMap((item, index) =>
      schema.items ? violations(schema.items, item, `${path}[${index}]`) : [],
    )
  }
  if (typeof value === 'object' && value !== null) {
    if (schema.type && schema.type !== 'object') return [`${path}: not ${schema.type}`]
    return Object.entries(value).flatMap(([key, item]) => {
      const property = schema.properties?.[key]
      if (property) return violations(property, item, `${path}.${key}`)
      return schema.additionalProperties === false ? [`${path}.${key}: unknown`] : []
    })
  }
  const actual = Number.isInteger(value) ? 'integer' : typeof value
  const fits =
    !schema.type || schema.type === actual || (schema.type === 'number' && actual === 'integer')
  if (!fits) return [`${path}: not ${schema.type}`]
  if (schema.enum && !schema.enum.includes(String(value))) return [`${path}: not allowed`]
  return []
}

const ecs = {
  'source.ip': { type: 'ip' },
  'source.port': { type: 'long' },
  'event.category': {
    type: 'keyword',
    normalize: ['array'],
    allowed_values: [{ name: 'network' }, { name: 'authentication' }],
  },
  'event.outcome': { type: 'keyword', allowed_values: [{ name: 'success' }, { name: 'failure' }] },
  'event.duration': { type: 'scaled_float' },
  labels: { type: 'object' },
}
const own = { 'esxi.process.pid': { type: 'number' }, 'source.port': { type: 'keyword' } }

describe('expectedEventSchema', () => {
  const schema = expectedEventSchema(ecs, own)

  it('accepts an event made of known fields of the right types, and the message', () => {
    const event = {
      message: 'a line',
      source: { ip: '1.2.3.4', port: '22' },
      event: { category: ['network'], outcome: 'success', duration: 1.5 },
      esxi: { process: { pid: 12 } },
      labels: { anything: 'goes' },
    }
    expect(violations(schema, event)).toEqual([])
  })

  it('flags unknown fields at every level ECS or the format defines', () => {
    const event = { sourc: {}, source: { ipp: '1.2.3.4' }, esxi: { process: { name: 'x' } } }
    expect(violations(schema, event)).toEqual([
      '$.sourc: unknown',
      '$.source.ipp: unknown',
      '$.esxi.process.name: unknown',
    ])
  })

  it('maps types, arrays and allowed values; the format retypes a field but keeps ECS array-ness', () => {
    expect(schema.properties?.source?.properties?.port).toEqual({ type: 'string' })
    expect(schema.properties?.event?.properties?.category).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['network', 'authentication'] },
    })
    const event = {
      source: { ip: 7 },
      event: { category: 'network', outcome: 'maybe', duration: 'long' },
    }
    expect(violations(schema, event)).toEqual([
      '$.source.ip: not string',
      '$.event.category: not array',
      '$.event.outcome: not allowed',
      '$.event.duration: not number',
    ])
  })

  it('built by the worker from ECS and the ESXi format, accepts every sample the format ships', () => {
    const session = new ParserSession('2023')
    const files = readFormatFolder()
    session.load(files)
    const built = session.expectedSchema()
    if (!built) throw new Error('no schema after a load')
    expect(session.expectedSchema()).toBe(built)
    const sampleFiles = Object.entries(files).filter(([path]) => path.startsWith('tests/'))
    expect(sampleFiles.length).toBeGreaterThan(0)
    for (const [path, text] of sampleFiles) {
      const sample: { expected: unknown } = JSON.parse(text)
      expect(sample.expected, path).toBeTypeOf('object')
      expect(violations(built, sample.expected), path).toEqual([])
    }
  })
})

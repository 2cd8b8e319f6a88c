import { describe, expect, it } from 'vitest'
import { fieldTypes } from './fieldTypes'

const esxiFields = {
  'wmware.esxi.event.serial_number': { type: 'number', description: 'Serial number' },
  'wmware.esxi.key.id': { type: 'keyword', description: 'Key ID' },
  'source.port': { type: 'keyword' },
}

describe('fieldTypes', () => {
  const types = fieldTypes(esxiFields)
  it.each([
    // ECS types, as the seed's "Extracted Fields" table lists them
    ['process.pid', 'long'],
    ['source.ip', 'ip'],
    ['process.command_line', 'wildcard'],
    ['event.category', 'keyword'],
    ['user_agent.original', 'keyword'],
    ['@timestamp', 'date'],
    // the format's own fields
    ['wmware.esxi.event.serial_number', 'number'],
    ['wmware.esxi.key.id', 'keyword'],
    // a fields.yml entry wins over ECS
    ['source.port', 'keyword'],
    // unknown everywhere
    ['wmware.esxi.unknown', undefined],
    ['constructor', undefined],
  ])('typeOf(%s) = %s', (field, type) => {
    expect(types.typeOf(field)).toBe(type)
  })

  it.each([
    ['event.category', true],
    ['event.type', true],
    ['related.ip', true],
    ['related.hosts', true],
    ['related.user', true],
    ['related.hash', true],
    ['host.ip', true],
    ['event.kind', false],
    ['source.ip', false],
    ['wmware.esxi.key.id', false],
    ['nothing.here', false],
  ])('isArray(%s) = %s', (field, array) => {
    expect(types.isArray(field)).toBe(array)
  })

  it('describes fields from fields.yml first, then ECS', () => {
    expect(types.description('wmware.esxi.key.id')).toBe('Key ID')
    expect(types.description('source.port')).toBeUndefined()
    expect(types.description('source.ip')).toBe('IP address of the source (IPv4 or IPv6).')
    expect(types.description('nothing.here')).toBeUndefined()
  })

  it('knows ECS without any format field', () => {
    expect(fieldTypes({}).typeOf('url.port')).toBe('long')
  })
})

import { describe, expect, it } from 'vitest'
import type { SmartDescription } from '../format'
import { describe as describeEvent } from './describe'

const sentence = (
  value: string,
  conditions: SmartDescription['conditions'],
  relationships: SmartDescription['relationships'] = [],
): SmartDescription => ({ value, conditions, relationships })

const login = {
  event: { category: ['session'], type: ['start'] },
  user: { name: 'root' },
  source: { ip: '1.2.3.4', port: 22 },
}

describe('describe', () => {
  it('picks, among the descriptions that hold, the one with the most conditions', () => {
    const descriptions = [
      sentence('{user.name}', [{ field: 'user.name' }]),
      sentence('{user.name} from {source.ip}', [{ field: 'user.name' }, { field: 'source.ip' }]),
      sentence('{user.name} from {host.name}', [
        { field: 'user.name' },
        { field: 'host.name' },
        { field: 'host.ip' },
      ]),
    ]
    expect(describeEvent(descriptions, login)?.text).toBe('root from 1.2.3.4')
  })

  it('gives a tie to the first description in file order', () => {
    const descriptions = [
      sentence('first', [{ field: 'user.name' }]),
      sentence('second', [{ field: 'source.ip' }]),
    ]
    expect(describeEvent(descriptions, login)?.text).toBe('first')
  })

  it('treats a condition without value as existence, a null field as missing', () => {
    const descriptions = [sentence('has host', [{ field: 'host.name' }])]
    expect(describeEvent(descriptions, login)).toBeNull()
    expect(describeEvent(descriptions, { ...login, host: { name: null } })).toBeNull()
    expect(describeEvent(descriptions, { ...login, host: { name: 'esx1' } })?.text).toBe('has host')
  })

  it('tests a value by equality, and by membership for an array field', () => {
    const start = sentence('start', [{ field: 'event.type', value: 'start' }])
    const port = sentence('ssh', [{ field: 'source.port', value: 22 }])
    const wrongType = sentence('string port', [{ field: 'source.port', value: '22' }])
    expect(describeEvent([start], login)?.text).toBe('start')
    expect(describeEvent([start], { ...login, event: { type: ['end'] } })).toBeNull()
    expect(describeEvent([port], login)?.text).toBe('ssh')
    expect(describeEvent([wrongType], login)).toBeNull()
  })

  it('fills placeholders: arrays joined, numbers as written, missing fields left as written', () => {
    const event = { ...login, related: { ip: ['1.2.3.4', '5.6.7.8'] } }
    const description = describeEvent(
      [sentence('{related.ip} on {source.port} by {process.name}', [])],
      event,
    )
    expect(description?.text).toBe('1.2.3.4, 5.6.7.8 on 22 by {process.name}')
    expect(description?.template).toBe('{related.ip} on {source.port} by {process.name}')
  })

  it('lists the fields read, placeholders then conditions, each once', () => {
    const description = describeEvent(
      [sentence('{user.name} at {source.ip}', [{ field: 'source.ip' }, { field: 'event.type' }])],
      login,
    )
    expect(description?.fields).toEqual(['user.name', 'source.ip', 'event.type'])
  })

  it('keeps a relationship only when both its fields exist, with their values', () => {
    const description = describeEvent(
      [
        sentence(
          'x',
          [],
          [
            { source: 'source.ip', target: 'user.name', type: 'connected as' },
            { source: 'user.name', target: 'process.command_line', type: 'executed' },
          ],
        ),
      ],
      login,
    )
    expect(description?.relationships).toEqual([
      {
        source: 'source.ip',
        target: 'user.name',
        type: 'connected as',
        sourceValue: '1.2.3.4',
        targetValue: 'root',
      },
    ])
  })

  it('gives null when no description holds', () => {
    expect(describeEvent([], login)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { keyFields } from './keyFields'
import { eventLine, unparsedLine } from './ndjson'

describe('keyFields', () => {
  it('shows the first three key fields the event has, in their order of importance', () => {
    const event = {
      message: 'm',
      host: { name: 'esx1' },
      source: { ip: '10.0.0.1' },
      user: { name: 'root' },
      event: { action: 'login', reason: 'ok' },
    }
    expect(keyFields(event)).toBe('event.action=login  user.name=root  source.ip=10.0.0.1')
  })

  it('skips nulls, shows lists as JSON and shortens long values', () => {
    const event = {
      event: { action: null },
      user: { name: ['a', 'b'] },
      file: { path: 'x'.repeat(80) },
    }
    expect(keyFields(event)).toBe(`user.name=["a","b"]  file.path=${'x'.repeat(60)}…`)
  })

  it('is empty when the event has none', () => {
    expect(keyFields({ message: 'only' })).toBe('')
  })
})

describe('NDJSON lines', () => {
  it('writes one parsable JSON line per event, an unparsed line with its reason', () => {
    expect(eventLine({ message: 'a\nb' })).toBe('{"message":"a\\nb"}\n')
    expect(JSON.parse(unparsedLine('x', 'too long'))).toEqual({
      message: 'x',
      error: { message: 'too long' },
    })
  })
})

import { describe, expect, it } from 'vitest'
import { eventFields } from './eventFields'

describe('eventFields', () => {
  it('names nested leaves with dots and joins arrays', () => {
    const event = {
      message: 'm',
      event: { category: ['authentication', 'session'], code: 3 },
      user: { name: 'root' },
    }
    expect(eventFields(event)).toEqual([
      { field: 'message', value: 'm' },
      { field: 'event.category', value: 'authentication, session' },
      { field: 'event.code', value: '3' },
      { field: 'user.name', value: 'root' },
    ])
  })
})

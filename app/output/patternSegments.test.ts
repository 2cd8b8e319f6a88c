import { describe, expect, it } from 'vitest'
import { patternSegments } from './patternSegments'

describe('patternSegments', () => {
  it('separates field references from plain pattern text, losing nothing', () => {
    const source =
      '^\\s*(?P<event_action>Connection from) %{IP:source_ip} port %{POSINT:source_port:int}%{SPACE}$'
    const segments = patternSegments(source)
    expect(segments.map((segment) => segment.text).join('')).toBe(source)
    expect(segments.filter((segment) => segment.field).map((segment) => segment.field)).toEqual([
      'event_action',
      'source_ip',
      'source_port',
    ])
    expect(segments.find((segment) => segment.text === '%{SPACE}')?.field ?? null).toBeNull()
  })

  it('accepts JavaScript-style named groups and patterns without fields', () => {
    expect(patternSegments('(?<x>a)b')).toEqual([
      { text: '(?<x>', field: 'x' },
      { text: 'a)b', field: null },
    ])
    expect(patternSegments('%{GREEDYDATA}')).toEqual([{ text: '%{GREEDYDATA}', field: null }])
  })
})

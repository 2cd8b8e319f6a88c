import { describe, expect, it } from 'vitest'
import { expandPattern } from './expansion'

describe('expandPattern', () => {
  const table = {
    IPV4: '\\d+(?:\\.\\d+){3}',
    IPV6: '[0-9a-f:]+',
    IP: '(?:%{IPV6}|%{IPV4})',
    CONN: 'from %{IP:source_ip} port %{INT}',
    SELF: 'a%{SELF}',
  }

  it('wraps plain references in (?:…) and captures in (?P<field>…), recursively', () => {
    expect(expandPattern('CONN', table)).toBe(
      'from (?P<source_ip>(?:(?:[0-9a-f:]+)|(?:\\d+(?:\\.\\d+){3}))) port %{INT}',
    )
  })

  it('leaves unknown and self-referring names as written, and knows no unknown pattern', () => {
    expect(expandPattern('SELF', table)).toBe('a%{SELF}')
    expect(expandPattern('NOPE', table)).toBeNull()
    expect(expandPattern('toString', table)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import type { Capture } from '../../parser/types'
import { paintLine } from './paint'

describe('paintLine', () => {
  const line = 'Connection from 1.2.3.4 port 33398'
  const ip: Capture = { field: 'source_ip', value: '1.2.3.4', start: 16, end: 23 }
  const port: Capture = { field: 'source_port', value: '33398', start: 29, end: 34 }

  it('cuts the line at capture boundaries and keeps every character', () => {
    const segments = paintLine(line, [port, ip])
    expect(segments.map((segment) => segment.text).join('')).toBe(line)
    expect(segments.map((segment) => [segment.text, segment.capture?.field ?? null])).toEqual([
      ['Connection from ', null],
      ['1.2.3.4', 'source_ip'],
      [' port ', null],
      ['33398', 'source_port'],
    ])
  })

  it('shows the innermost of nested captures and ignores empty ones', () => {
    const outer: Capture = { field: 'header', value: 'abcdef', start: 0, end: 6 }
    const inner: Capture = { field: 'pid', value: 'cd', start: 2, end: 4 }
    const empty: Capture = { field: 'nothing', value: '', start: 1, end: 1 }
    const segments = paintLine('abcdefg', [outer, inner, empty])
    expect(segments.map((segment) => [segment.text, segment.capture?.field ?? null])).toEqual([
      ['ab', 'header'],
      ['cd', 'pid'],
      ['ef', 'header'],
      ['g', null],
    ])
  })
})

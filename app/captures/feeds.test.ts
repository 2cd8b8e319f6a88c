import { describe, expect, it } from 'vitest'
import type { Capture } from '../../parser/types'
import { fieldsFedBy, sameCapture } from './feeds'

describe('fieldsFedBy', () => {
  const ip: Capture = { field: 'source_ip', value: '1.2.3.4', start: 16, end: 23 }
  const port: Capture = { field: 'source_port', value: '33398', start: 29, end: 34 }

  it('lists every field whose sources include the capture, sorted', () => {
    const sources = {
      'source.ip': [ip],
      'related.ip': [{ ...ip }],
      'source.port': [port],
      'source.address': [ip],
    }
    expect(fieldsFedBy(sources, ip)).toEqual(['related.ip', 'source.address', 'source.ip'])
    expect(fieldsFedBy(sources, { ...ip, start: 15 })).toEqual([])
  })

  it('compares captures by field and span', () => {
    expect(sameCapture(ip, { ...ip })).toBe(true)
    expect(sameCapture(ip, port)).toBe(false)
  })
})

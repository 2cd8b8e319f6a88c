import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64url, toBase64url } from './base64url'

describe('base64url', () => {
  it('matches the RFC 4648 alphabet without padding', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x66, 0x6f])
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
    expect(toBase64url(new Uint8Array())).toBe('')
  })

  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(fromBase64url(text)).toEqual(bytes)
      }),
    )
  })

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64url('ab+c')).toBeNull()
    expect(fromBase64url('ab=')).toBeNull()
    expect(fromBase64url('abcde')).toBeNull()
  })
})

import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { toBase64url } from './base64url'
import {
  decodePermalink,
  encodePermalink,
  MAX_FRAGMENT_LENGTH,
  type PermalinkState,
} from './permalink'

const fragmentOf = (state: PermalinkState): string => {
  const encoded = encodePermalink(state)
  if (!encoded.ok) throw new Error(encoded.reason)
  return encoded.fragment
}
const linkFor = (payload: string) => `v1.${toBase64url(deflateSync(strToU8(payload)))}`
const reasonOf = (fragment: string) => {
  const decoded = decodePermalink(fragment)
  if (decoded.ok) throw new Error('decoded a bad link')
  return decoded.reason
}

describe('encodePermalink / decodePermalink', () => {
  it('round-trips lines and edited expected events, with or without the #', () => {
    const state = {
      lines: ['sshd[1]: Accepted password for root from 1.2.3.4 port 22 ssh2', ''],
      expected: { '0': { event: { kind: 'event', category: ['authentication'] }, n: 1.5 } },
    }
    const fragment = fragmentOf(state)
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/)
    expect(decodePermalink(fragment)).toEqual({ ok: true, state })
    expect(decodePermalink(`#${fragment}`)).toEqual({ ok: true, state })
    expect(decodePermalink(fragmentOf({ lines: ['x'] }))).toEqual({
      ok: true,
      state: { lines: ['x'] },
    })
  })

  it('keeps unicode, control characters and lone surrogates exactly', () => {
    const lines = [
      'héllo 日本 🚀',
      'tab\there\u0000nul\u001b[31m',
      'lone \ud800 high',
      'lone \udc00 low',
    ]
    expect(decodePermalink(fragmentOf({ lines }))).toEqual({ ok: true, state: { lines } })
  })

  it('round-trips any lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (lines) => {
        expect(decodePermalink(fragmentOf({ lines }))).toEqual({ ok: true, state: { lines } })
      }),
      // Each decode reserves the full inflate limit; fewer runs keep the suite quick.
      { numRuns: 40 },
    )
  })

  it('refuses to encode a state whose link would be over the limit', () => {
    // Random hex barely compresses: 40 000 of them cannot fit in 32 KiB of base64url.
    const noise = Array.from({ length: 40_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(16))
    const encoded = encodePermalink({ lines: noise })
    expect(encoded).toEqual({ ok: false, reason: expect.stringMatching(/over the 32 KiB limit/) })
  })

  it('refuses a fragment over the limit without reading it', () => {
    expect(reasonOf(`v1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toMatch(/over the 32 KiB limit/)
  })

  it('refuses a small link that expands past the allowed size', () => {
    const bomb = linkFor(`{"lines":["${'a'.repeat(5 * 1024 * 1024)}"]}`)
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH)
    expect(reasonOf(bomb)).toMatch(/more than the allowed size/)
  })

  it.each([
    ['empty', '', /not a playground link/],
    ['another version', 'v2.abc', /not a playground link/],
    ['foreign characters', 'v1.ab+/=', /characters that do not belong/],
    ['not deflate', `v1.${toBase64url(strToU8('plain text here'))}`, /does not decompress/],
    ['not JSON', linkFor('{"lines": ['), /not a playground state/],
    [
      'not UTF-8',
      `v1.${toBase64url(deflateSync(new Uint8Array([0x22, 0xff, 0x22])))}`,
      /not a playground state/,
    ],
    ['an array', linkFor('[]'), /not a playground state/],
    ['no lines', linkFor('{}'), /carries no lines/],
    ['a number line', linkFor('{"lines":[1]}'), /not text/],
    ['expected not an object', linkFor('{"lines":[],"expected":[]}'), /not an object/],
    [
      'an expected event not an object',
      linkFor('{"lines":[],"expected":{"0":3}}'),
      /"0" is not an object/,
    ],
  ])('explains a link that is %s', (_, fragment, reason) => {
    expect(reasonOf(fragment)).toMatch(reason)
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(decodePermalink(`v1.${text}`).ok).toBe(false)
      }),
    )
  })
})

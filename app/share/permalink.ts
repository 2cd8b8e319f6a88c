import { deflateSync, inflateSync } from 'fflate'
import { isRecord } from '../../parser/format/json-text'
import type { EcsEvent, Value } from '../../parser/types'
import { fromBase64url, toBase64url } from './base64url'

/** What a link carries: the lines, and optionally expected events the author edited. */
export interface PermalinkState {
  lines: string[]
  /** Edited expected events, keyed as the caller decides (e.g. by line index or sample name). */
  expected?: Record<string, EcsEvent>
}

/** Bumped whenever the payload changes shape, so old links are refused clearly, not misread. */
const PREFIX = 'v1.'

/**
 * The longest fragment a link may carry. Browsers accept far longer URLs, but chat tools,
 * ticket trackers and proxies truncate or reject them well before 64 KiB; 32 KiB leaves room.
 */
export const MAX_FRAGMENT_LENGTH = 32 * 1024

/**
 * The most a fragment may inflate to. A few KiB of deflate can expand to gigabytes; a link from
 * anyone must not be able to exhaust the tab's memory.
 */
export const MAX_STATE_BYTES = 4 * 1024 * 1024

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: string }
export type DecodeResult = { ok: true; state: PermalinkState } | { ok: false; reason: string }

/**
 * The fragment (without '#') for a state: JSON, deflated, base64url, versioned. Lines come back
 * exactly, control characters and lone surrogates included: JSON.stringify escapes both as
 * ASCII `\uXXXX` before the text is UTF-8 encoded, so nothing is replaced on the way.
 */
export function encodePermalink(state: PermalinkState): EncodeResult {
  const payload: PermalinkState =
    state.expected === undefined
      ? { lines: state.lines }
      : { lines: state.lines, expected: state.expected }
  const json = new TextEncoder().encode(JSON.stringify(payload))
  const fragment = PREFIX + toBase64url(deflateSync(json, { level: 9 }))
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      reason: `the link would be ${Math.ceil(fragment.length / 1024)} KiB, over the ${MAX_FRAGMENT_LENGTH / 1024} KiB limit: share fewer lines or export the samples instead`,
    }
  }
  return { ok: true, fragment }
}

function inflated(bytes: Uint8Array): Uint8Array | string {
  // One byte more than allowed: if fflate fills it, the payload was over the limit.
  const out = new Uint8Array(MAX_STATE_BYTES + 1)
  try {
    const result = inflateSync(bytes, { out })
    return result.length > MAX_STATE_BYTES
      ? 'the link expands to more than the allowed size'
      : result
  } catch {
    return 'the link is damaged: its data does not decompress'
  }
}

function parsed(bytes: Uint8Array): Value | undefined {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return undefined
  }
}

function stateOf(value: Value | undefined): PermalinkState | string {
  if (!isRecord(value)) return 'the link is damaged: its data is not a playground state'
  const { lines, expected } = value
  if (!Array.isArray(lines)) return 'the link carries no lines'
  const text: string[] = []
  for (const line of lines) {
    if (typeof line !== 'string') return 'the link carries a line that is not text'
    text.push(line)
  }
  if (expected === undefined) return { lines: text }
  if (!isRecord(expected)) return 'the link carries expected events that are not an object'
  const events: Record<string, EcsEvent> = {}
  for (const [key, event] of Object.entries(expected)) {
    if (!isRecord(event)) return `the link's expected event "${key}" is not an object`
    events[key] = event
  }
  return { lines: text, expected: events }
}

/** The state a fragment carries ('#' optional), or why it cannot be opened. Never throws. */
export function decodePermalink(fragment: string): DecodeResult {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (body.length > MAX_FRAGMENT_LENGTH) {
    return { ok: false, reason: `the link is over the ${MAX_FRAGMENT_LENGTH / 1024} KiB limit` }
  }
  if (!body.startsWith(PREFIX)) {
    return { ok: false, reason: 'not a playground link, or one from an unsupported version' }
  }
  const bytes = fromBase64url(body.slice(PREFIX.length))
  if (bytes === null)
    return { ok: false, reason: 'the link is damaged: it has characters that do not belong' }
  const json = inflated(bytes)
  if (typeof json === 'string') return { ok: false, reason: json }
  const state = stateOf(parsed(json))
  return typeof state === 'string' ? { ok: false, reason: state } : { ok: true, state }
}

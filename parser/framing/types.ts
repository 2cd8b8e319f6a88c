// What framing tells the rest of the pipeline about one raw line: which header it carried, where the
// message the format's rules read starts, and the ECS fields the header itself provides.
import type { Value } from '../types'

export type FramingKind = 'rfc5424' | 'rfc3164' | 'esxi-file' | 'esxi8-file' | 'bare'

export interface FramingOptions {
  /** Off: every line is bare, exactly as pasted. */
  enabled: boolean
  /** The zone of timestamps that carry none (RFC 3164 stamps, zone-less ISO stamps): 'UTC' or an IANA name. */
  timezone: string
  /** The reference instant for the year of year-less RFC 3164 stamps. */
  now: Date
}

/** One header field and the characters of the raw line it was read from (UTF-16 offsets, end exclusive). */
export interface HeaderPart {
  field: string
  start: number
  end: number
}

export interface FramedHeader {
  start: number
  end: number
  parts: HeaderPart[]
}

export interface Framed {
  kind: FramingKind
  /** What the format's parser reads as `original.message`; always `raw.slice(messageStart)`. */
  message: string
  /** UTF-16 offset of `message` in the raw line: capture spans in the message shift back by this much. */
  messageStart: number
  /** Dotted ECS fields read from the header; the format's own values take precedence over them. */
  fields: Record<string, Value>
  /** The header's span (always `[0, messageStart)`) and, for every field, the characters it came from. */
  header: FramedHeader
  /** Why a line that looked framed was left bare. */
  diagnostic?: string
}

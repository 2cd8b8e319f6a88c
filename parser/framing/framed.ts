// Building a framing result: a bare line, or a header whose fields each remember their span.
import type { Value } from '../types'
import type { Framed, FramingKind, HeaderPart } from './types'

/** A header that looked right at first and then broke: the reason, worded for the user. */
export interface Fault {
  fault: string
}

export function isFault(read: unknown): read is Fault {
  return typeof read === 'object' && read !== null && 'fault' in read
}

export function bare(line: string, diagnostic?: string): Framed {
  const framed: Framed = {
    kind: 'bare',
    message: line,
    messageStart: 0,
    fields: {},
    header: { start: 0, end: 0, parts: [] },
  }
  if (diagnostic !== undefined) framed.diagnostic = diagnostic
  return framed
}

export class HeaderBuilder {
  private readonly fields: Record<string, Value> = {}
  private readonly parts: HeaderPart[] = []

  add(field: string, value: Value, start: number, end: number): void {
    this.fields[field] = value
    this.parts.push({ field, start, end })
  }

  /** The framed line whose message starts at `messageStart`; everything before it is header. */
  finish(kind: FramingKind, line: string, messageStart: number): Framed {
    return {
      kind,
      message: line.slice(messageStart),
      messageStart,
      fields: this.fields,
      header: { start: 0, end: messageStart, parts: this.parts },
    }
  }
}

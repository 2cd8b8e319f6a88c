// Splits a file's bytes into lines as they stream in. It works on bytes rather than decoded text
// so that every line knows where it stands in the file: the page keeps only those offsets and
// reads a line back from the File when the user selects it, instead of holding 50 MB of text.
import type { LineStart } from '../worker/fileRunProtocol'

/** Lines longer than this are not parsed: the row says so (README, "Whole files"). */
export const MAX_LINE_BYTES = 64 * 1024

const LF = 0x0a
const CR = 0x0d
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

/** One line of the file: its text (only the first MAX_LINE_BYTES of a longer one) and its bytes. */
export interface SplitLine {
  /** 0-based line number in the file. */
  index: number
  text: string
  /** Byte offsets of the line in the file, terminator excluded. */
  start: number
  end: number
  /** Longer than MAX_LINE_BYTES: `text` holds its head only. */
  tooLong: boolean
}

/**
 * Feed it chunks in order with `push`, then call `finish` for the last line (one not ended by a
 * newline). Lines end at `\n`; a `\r` right before it belongs to the terminator. A UTF-8 byte
 * order mark at the start of the file is skipped.
 */
export class LineSplitter {
  // A byte order mark is a character anywhere but at the file's start (skipped apart).
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  private readonly maxLineBytes: number
  /** The head of the line in progress: its first maxLineBytes bytes at most. */
  private pending: Uint8Array[] = []
  private pendingKept = 0
  /** The line's last byte so far, kept apart: a long line's `\r` is beyond the kept head. */
  private lastByte = 0
  private lineStart = 0
  private offset = 0
  private index = 0
  private atFileStart = true

  /** `start`: where the first chunk pushed starts in the file; a BOM is looked for at its start only. */
  constructor(maxLineBytes: number = MAX_LINE_BYTES, start: LineStart = { line: 0, byte: 0 }) {
    this.maxLineBytes = maxLineBytes
    this.offset = start.byte
    this.lineStart = start.byte
    this.index = start.line
    this.atFileStart = start.byte === 0
  }

  push(chunk: Uint8Array): SplitLine[] {
    let bytes = chunk
    if (this.atFileStart) bytes = this.skipBom(bytes)
    // Decoded once for the whole chunk: a browser's TextDecoder costs more per call than a line
    // takes to parse. Its text is sliced at byte offsets only when every byte came out as one
    // UTF-16 unit (ASCII, mostly); any other chunk's lines are decoded one by one.
    const text = this.decoder.decode(bytes)
    const aligned = text.length === bytes.length
    const lines: SplitLine[] = []
    let from = 0
    for (;;) {
      const newline = bytes.indexOf(LF, from)
      if (newline < 0) break
      if (aligned && this.pending.length === 0) {
        this.lastByte = newline > from ? (bytes[newline - 1] ?? 0) : 0
        lines.push(this.end((kept) => text.slice(from, from + kept), this.offset + newline, 1))
      } else lines.push(this.emit(bytes.subarray(from, newline), this.offset + newline, 1))
      from = newline + 1
    }
    this.keep(bytes.subarray(from), true)
    this.offset += bytes.length
    return lines
  }

  /** The last line, when the file does not end with a newline. */
  finish(): SplitLine[] {
    return this.offset > this.lineStart ? [this.emit(new Uint8Array(), this.offset, 0)] : []
  }

  private skipBom(chunk: Uint8Array): Uint8Array {
    // A chunk shorter than the mark cannot tell; real streams hand far more than three bytes.
    this.atFileStart = false
    const bom = UTF8_BOM.every((byte, at) => chunk[at] === byte)
    if (!bom) return chunk
    this.offset = UTF8_BOM.length
    this.lineStart = UTF8_BOM.length
    return chunk.subarray(UTF8_BOM.length)
  }

  /** Keeps the head of the line in progress; `copy` when the stream may reuse the chunk's buffer. */
  private keep(part: Uint8Array, copy: boolean): void {
    if (part.length === 0) return
    this.lastByte = part[part.length - 1] ?? 0
    const room = this.maxLineBytes - this.pendingKept
    if (room <= 0) return
    const kept = part.length > room ? part.subarray(0, room) : part
    this.pending.push(copy ? kept.slice() : kept)
    this.pendingKept += kept.length
  }

  /** Ends the line in progress with its `last` part, at byte `terminatorAt` (`\r` aside). */
  private emit(last: Uint8Array, terminatorAt: number, terminatorLength: number): SplitLine {
    this.keep(last, false)
    const bytes = this.joinPending()
    return this.end(
      (kept) => this.decoder.decode(bytes.subarray(0, kept)),
      terminatorAt,
      terminatorLength,
    )
  }

  /** Ends the line in progress at byte `terminatorAt`; `decode` gives its first `kept` bytes' text. */
  private end(
    decode: (kept: number) => string,
    terminatorAt: number,
    terminatorLength: number,
  ): SplitLine {
    const crlf = terminatorLength > 0 && terminatorAt > this.lineStart && this.lastByte === CR
    const end = crlf ? terminatorAt - 1 : terminatorAt
    const start = this.lineStart
    const tooLong = end - start > this.maxLineBytes
    const kept = Math.min(end - start, this.maxLineBytes)
    const line: SplitLine = {
      index: this.index++,
      text: decode(kept),
      start,
      end,
      tooLong,
    }
    this.pending = []
    this.pendingKept = 0
    this.lastByte = 0
    this.lineStart = terminatorAt + terminatorLength
    return line
  }

  private joinPending(): Uint8Array {
    if (this.pending.length === 1) return this.pending[0] ?? new Uint8Array()
    const joined = new Uint8Array(this.pendingKept)
    let at = 0
    for (const part of this.pending) {
      joined.set(part, at)
      at += part.length
    }
    return joined
  }
}

// A whole file's lines, counted before any is parsed: how many a run takes (the limits applied),
// and where its blocks start, so that each block can be read, by any worker, from its first byte.
import type { FileCount, LineStart } from './fileRunProtocol'
import { MAX_FILE_BYTES, MAX_FILE_LINES } from './fileRunProtocol'

const LF = 0x0a

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function eachChunk(file: Blob, use: (bytes: Uint8Array) => void): Promise<void> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      use(value)
    }
  } finally {
    await reader.cancel()
  }
}

/** Counts `file`'s lines; every `blockLines`-th line starts a block. */
export async function countLines(file: Blob, blockLines: number): Promise<FileCount> {
  const cut = file.size > MAX_FILE_BYTES
  let newlines = 0
  let last = LF
  let offset = 0
  const blocks: LineStart[] = [{ line: 0, byte: 0 }]
  await eachChunk(file.slice(0, MAX_FILE_BYTES), (bytes) => {
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) {
      newlines++
      if (newlines % blockLines === 0) blocks.push({ line: newlines, byte: offset + at + 1 })
    }
    if (bytes.length > 0) last = bytes[bytes.length - 1] ?? last
    offset += bytes.length
  })
  // A cut file's last line is incomplete and left out; a whole file's unterminated one counts.
  const lines = newlines + (!cut && last !== LF ? 1 : 0)
  let total = lines
  let limit: string | null = null
  if (lines > MAX_FILE_LINES) {
    total = MAX_FILE_LINES
    limit = `only the first ${MAX_FILE_LINES.toLocaleString('en')} of ${lines.toLocaleString('en')}${cut ? '+' : ''} lines are parsed`
  } else if (cut) {
    limit = `only the first ${mb(MAX_FILE_BYTES)} of ${mb(file.size)} are read`
  }
  return { total, limit, blocks: blocks.filter((block) => block.line < total) }
}

import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import {
  type CompiledParser,
  compile,
  type Diagnostic,
  type FormatFiles,
  loadFormat,
  type ParseOptions,
  type PlatformProfile,
  parse,
} from '../index'

// Events are written in chunks of about this many characters: one write per event would cost
// more than parsing it, and a chunk keeps memory flat whatever the input size.
const CHUNK = 1 << 16

/** The parser `parse` runs, or null with every diagnostic of the folder that kept it from compiling. */
export function formatParser(
  files: FormatFiles,
  platform: PlatformProfile | undefined,
): { parser: CompiledParser | null; diagnostics: Diagnostic[] } {
  const format = loadFormat(files)
  const { parser, diagnostics } = compile(format, platform ? { platform } : {})
  return { parser, diagnostics: [...format.diagnostics, ...diagnostics] }
}

/**
 * Streams lines from each file in turn (from `stdin` when there are none) and writes one JSON
 * event per line; empty lines are skipped. Returns how many lines were parsed.
 */
export async function parseLines(
  parser: CompiledParser,
  files: readonly string[],
  stdin: Readable,
  output: Writable,
  options: ParseOptions = {},
): Promise<number> {
  // Events only: where each field came from is not printed, so it is not tracked.
  const parseOptions: ParseOptions = { ...options, sources: false }
  let pending = ''
  let count = 0
  const flush = async (): Promise<void> => {
    if (pending === '') return
    const chunk = pending
    pending = ''
    if (!output.write(chunk)) await once(output, 'drain')
  }
  const inputs =
    files.length === 0 ? [() => stdin] : files.map((file) => () => createReadStream(file))
  for (const open of inputs) {
    const input = open()
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === '') continue
      pending += `${JSON.stringify(parse(parser, line, parseOptions).event)}\n`
      count++
      if (pending.length >= CHUNK) await flush()
    }
  }
  await flush()
  return count
}

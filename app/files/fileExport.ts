// A file run's NDJSON export: its listed lines parsed again for their events, in line order, by the
// worker that parses for the page (a file is run again, first, for a new parser).
import type { FileRunView } from '../store/fileRun'
import type { ParserClient } from '../worker/client'
import type { FramingSetting } from '../worker/protocol'

/** Lines done of all, as the export goes. */
export type ExportProgress = (done: number, total: number) => void

/**
 * One event per listed line; the lines the watchdog stopped are not parsed again, their event
 * says so. Rejects when the worker fails, is restarted, or the export is cancelled meanwhile.
 */
export async function exportEvents(
  client: ParserClient,
  rev: number,
  framing: FramingSetting,
  { file, results }: FileRunView,
  progress: ExportProgress,
): Promise<Blob> {
  const output = { kind: 'events' as const, timedOut: results.timedOut() }
  const parts: Blob[] = []
  let done = 0
  // A cancelled run may have left gaps between its blocks: each range of listed lines is read
  // from its first row's byte.
  for (const range of results.ranges()) {
    const byte = results.row(range.from)?.start ?? 0
    const block = { start: { line: range.from, byte }, until: range.until }
    const answer = await client.request(
      'fileRun',
      { rev, framing, file, block, from: range.from, probe: false, output },
      'fileExport',
      (event) => {
        if (event.type !== 'fileChunk' || event.body.kind !== 'events') return
        parts.push(event.body.events)
        progress(done + event.body.lines - range.from, results.size)
      },
    )
    if (answer.status !== 'answered' || answer.body.state !== 'done') {
      throw new Error('the export was cancelled')
    }
    done += range.until - range.from
  }
  return new Blob(parts, { type: 'application/x-ndjson' })
}

// The page's side of a whole-file run: asks the worker to run the file, takes its chunks into
// FileResults, and, when the watchdog kills the worker on a line, marks that line "timed out" with
// where the worker was and goes on from the next line once the restarted worker has its format.
// An export runs the listed lines again for their events.
import type { PlaygroundStore } from '../store/create'
import type { FileRunPatch } from '../store/fileRun'
import { type ParserClient, WorkerRestarted, WorkerTimeout } from '../worker/client'
import type { FileRunProgress, ProbePoint } from '../worker/fileRunProtocol'
import type { FormatSummary } from '../worker/protocol'
import { FileResults } from './fileResults'
import { excerptOf } from './rowColumns'

/**
 * What decides a file's rows besides the framing: the format, its era and the definition compiled.
 * null while the definition does not compile, since the last good parser goes on parsing.
 */
function parserIdentity(format: FormatSummary | null): string | null {
  if (format?.definitionState !== 'ok') return null
  return JSON.stringify([format.uuid, format.name, format.platform, format.definition.text])
}

/** The list, chart and progress are redrawn at most this often while a run goes. */
const PUBLISH_MS = 200

export class FileRunner {
  private readonly client: ParserClient
  private readonly store: PlaygroundStore
  /** The results of the run in progress; a run whose results are no longer these stops. */
  private current: FileResults | null = null
  /** Which parser the rows are for; a revision that only reloads it into a restarted worker keeps it. */
  private parser: string | null = null

  constructor(client: ParserClient, store: PlaygroundStore) {
    this.client = client
    this.store = store
    // The file's rows are kept for the parser in use, as the editor's lines are: a parser edited
    // (or another format or platform, once compiled) or another framing runs the file again.
    // Judged by what was compiled rather than by what the user changed: a watchdog restart's
    // reload arrives as a new revision too, and an edit may be saved more than once per compile.
    store.subscribe((state, previous) => {
      if (state.format !== previous.format && this.isNewParser(state.format)) this.rerun()
      else if (state.framing !== previous.framing) this.rerun()
    })
  }

  /** Whether `format` parses with another parser than the last one seen (and remembers it). */
  private isNewParser(format: FormatSummary | null): boolean {
    const parser = parserIdentity(format)
    if (parser === null) return false
    const changed = this.parser !== null && parser !== this.parser
    this.parser = parser
    return changed
  }

  private rerun(): void {
    const run = this.store.getState().fileRun
    if (run && (run.state === 'running' || run.state === 'done')) void this.open(run.file)
  }

  /** Runs `file` from its first line, replacing any run in progress. */
  async open(file: File): Promise<void> {
    if (this.current) await this.cancel()
    const results = new FileResults()
    this.current = results
    this.store.getState().setFileRun({
      file,
      name: file.name,
      size: file.size,
      state: 'running',
      done: 0,
      total: null,
      linesPerSecond: 0,
      limit: null,
      failure: null,
      results,
      version: 0,
    })
    try {
      await this.run(file, results)
    } catch (error) {
      this.update(results, { state: 'failed', failure: String(error) })
    } finally {
      if (this.current === results) this.current = null
    }
  }

  /** Stops the run in progress between two chunks; what it parsed stays. */
  async cancel(): Promise<void> {
    const results = this.current
    if (!results) return
    this.current = null
    // The count catches up with what is listed: progress is only published every PUBLISH_MS.
    this.update(results, { state: 'cancelled', done: results.size, version: results.size })
    // A worker that failed or was restarted meanwhile has no run left to cancel.
    await this.client.request('cancelFileRun', {}).catch(() => {})
  }

  private update(results: FileResults, patch: FileRunPatch) {
    this.store.getState().updateFileRun(results, patch)
  }

  private async run(file: File, results: FileResults): Promise<void> {
    let from = 0
    let probe = false
    let published = 0
    const started = performance.now()
    const publish = (chunk: FileRunProgress, force: boolean) => {
      const now = performance.now()
      if (!force && now - published < PUBLISH_MS) return
      published = now
      const seconds = (now - started) / 1000
      this.update(results, {
        done: results.size,
        total: chunk.total,
        limit: chunk.limit,
        linesPerSecond: seconds > 0 ? Math.round(results.size / seconds) : 0,
        version: results.size,
      })
    }
    let lastChunk: FileRunProgress | null = null
    for (;;) {
      if (this.current !== results) return
      const rev = await this.formatRevision()
      const { framing } = this.store.getState()
      try {
        const answer = await this.client.request(
          'fileRun',
          { rev, framing, file, from, probe, output: { kind: 'rows' } },
          'fileRun',
          (event) => {
            if (event.type !== 'fileChunk' || this.current !== results) return
            if (event.body.kind === 'rows') results.append(event.body.rows)
            from = event.body.lines
            lastChunk = event.body
            publish(event.body, false)
          },
        )
        if (lastChunk) publish(lastChunk, true)
        if (answer.status === 'answered' && this.current === results) {
          this.update(results, { state: answer.body.state })
        }
        return
      } catch (error) {
        if (!(error instanceof WorkerRestarted) || this.current !== results) throw error
        if (error instanceof WorkerTimeout) {
          // Unprobed, the stuck line is one of the chunk in flight: that chunk is run again,
          // probing, which posts line by line. Probed, the probe names the line (the first one
          // the page has not got) and where in it the worker was; a stuck run that probing
          // could not place gives up on its next line rather than trying forever.
          const where = error.probe?.line === from ? error.probe : null
          if (where || probe) {
            from = await this.markTimedOut(file, results, where, from)
            probe = false
          } else probe = true
          if (lastChunk) publish(lastChunk, true)
        }
        await this.nextRevision(rev)
      }
    }
  }

  /** Records the stuck line as timed out; returns the line to go on from. */
  private async markTimedOut(
    file: File,
    results: FileResults,
    where: ProbePoint | null,
    from: number,
  ): Promise<number> {
    const line = where?.line ?? from
    const start = where?.start ?? results.row(results.size - 1)?.end ?? 0
    const end = where?.end ?? start
    const text = await file.slice(start, end).text()
    const outcome = { kind: 'timedOut' as const, where }
    const row = { line, start, end, outcome, fields: '', excerpt: excerptOf(text) }
    results.appendTimedOut(row, where)
    return line + 1
  }

  /**
   * The listed lines' events as NDJSON, one per line: parsed again, by the parser that listed them
   * (a new one reruns the file first), except those the watchdog stopped, which say so instead.
   * Rejects when the run is not over, or when the worker fails or is restarted meanwhile.
   */
  async export(progress: (done: number, total: number) => void): Promise<Blob> {
    const run = this.store.getState().fileRun
    if (!run || run.state === 'running') throw new Error('the file is still being parsed')
    const { file, results } = run
    const rev = await this.formatRevision()
    const { framing } = this.store.getState()
    const timedOut = results.timedOut()
    const output = { kind: 'events' as const, until: results.size, timedOut }
    const parts: Blob[] = []
    const answer = await this.client.request(
      'fileRun',
      { rev, framing, file, from: 0, probe: false, output },
      'fileExport',
      (event) => {
        if (event.type !== 'fileChunk' || event.body.kind !== 'events') return
        parts.push(event.body.events)
        progress(event.body.lines, event.body.total)
      },
    )
    if (answer.status !== 'answered' || answer.body.state !== 'done') {
      throw new Error('the export was cancelled')
    }
    return new Blob(parts, { type: 'application/x-ndjson' })
  }

  /** The loaded format's revision, once there is one. */
  private formatRevision(): Promise<number> {
    return this.nextRevision(0)
  }

  /** Waits for a format revision above `after` (a restarted worker's reload). */
  private nextRevision(after: number): Promise<number> {
    return new Promise((resolve) => {
      const now = this.store.getState().format?.rev ?? 0
      if (now > after) {
        resolve(now)
        return
      }
      const unsubscribe = this.store.subscribe((state) => {
        const rev = state.format?.rev ?? 0
        if (rev > after) {
          unsubscribe()
          resolve(rev)
        }
      })
    })
  }
}

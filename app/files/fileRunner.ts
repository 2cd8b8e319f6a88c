// The page's side of a whole-file run: has the file's lines counted, hands its blocks to the lanes
// (workers) as they come free, takes their chunks into FileResults, and, when the watchdog kills a
// worker on a line, marks that line "timed out" with where the worker was and goes on from the
// next line once the restarted worker has its format. An export runs the listed lines again for
// their events.
import type { PlaygroundStore } from '../store/create'
import type { FileRunPatch } from '../store/fileRun'
import { type ParserClient, WorkerRestarted, WorkerTimeout } from '../worker/client'
import type { FileBlock, FileCount, ProbePoint } from '../worker/fileRunProtocol'
import type { FormatSummary } from '../worker/protocol'
import { BlockQueue, type PendingBlock } from './blockQueue'
import { type ExportProgress, exportEvents } from './fileExport'
import { type FileLane, type HelperClient, HelperLane, MainLane, parserIdentity } from './fileLanes'
import { FileResults } from './fileResults'
import { excerptOf } from './rowColumns'

/** The list, chart and progress are redrawn at most this often while a run goes. */
const PUBLISH_MS = 200
/**
 * Where `line` starts, known without a probe: at its block's start, or past the line before and
 * its terminator (CRLF or LF). An export reads a range of lines from its first row's start.
 */
async function lineStart(
  file: File,
  results: FileResults,
  block: FileBlock,
  line: number,
): Promise<number> {
  const previous = results.row(line - 1)
  if (line === block.start.line || !previous) return block.start.byte
  const terminator = new Uint8Array(await file.slice(previous.end, previous.end + 1).arrayBuffer())
  return previous.end + (terminator[0] === 0x0d ? 2 : 1)
}

/** Lines per block, the smallest run a lane is given: lanes finish at most this far apart. */
export const BLOCK_LINES = 5000

export interface FileRunnerOptions {
  /** Extra workers a run may use besides the playground's own; 0 runs files on that one alone. */
  helpers: number
  helperClient: HelperClient | null
}

export class FileRunner {
  private readonly main: MainLane
  private readonly store: PlaygroundStore
  private readonly options: FileRunnerOptions
  /** Started on the first run (or when the File tab is shown), then kept. */
  private helpers: HelperLane[] | null = null
  /** The results of the run in progress; a run whose results are no longer these stops. */
  private current: FileResults | null = null
  /** Which parser the rows are for; a revision that only reloads it into a restarted worker keeps it. */
  private parser: string | null = null

  constructor(
    client: ParserClient,
    store: PlaygroundStore,
    options: FileRunnerOptions = { helpers: 0, helperClient: null },
  ) {
    this.main = new MainLane(client, store)
    this.store = store
    this.options = options
    // The file's rows are kept for the parser in use, as the editor's lines are: a parser edited
    // (or another format or platform, once compiled) or another framing runs the file again.
    // Judged by what was compiled rather than by what the user changed: a watchdog restart's
    // reload arrives as a new revision too, and an edit may be saved more than once per compile.
    store.subscribe((state, previous) => {
      if (state.format !== previous.format && this.isNewParser(state.format)) this.rerun()
      else if (state.framing !== previous.framing) this.rerun()
      if (state.watchdogMs !== previous.watchdogMs) {
        for (const lane of this.helpers ?? []) lane.client.setTimeoutMs(state.watchdogMs)
      }
    })
  }

  /** Starts the helper workers ahead of a run, so that they have the format loaded by then. */
  prepare(): void {
    for (const lane of this.helperLanes()) void lane.revision()
  }

  dispose(): void {
    for (const lane of this.helpers ?? []) lane.client.dispose()
    this.helpers = null
  }

  private helperLanes(): HelperLane[] {
    const { helpers, helperClient } = this.options
    if (this.helpers === null) {
      this.helpers = helperClient
        ? Array.from({ length: helpers }, () => new HelperLane(helperClient, this.store))
        : []
    }
    return this.helpers
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
      if (this.current === results) {
        // Helpers may still be on blocks of the failed run.
        this.current = null
        await this.stopLanes()
      }
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
    await this.stopLanes()
  }

  private async stopLanes(): Promise<void> {
    // A worker that failed or was restarted meanwhile has no run left to cancel.
    const lanes = [this.main, ...(this.helpers ?? [])]
    await Promise.all(lanes.map((lane) => lane.client.request('cancelFileRun', {}).catch(() => {})))
  }

  private update(results: FileResults, patch: FileRunPatch) {
    this.store.getState().updateFileRun(results, patch)
  }

  private async count(file: File): Promise<FileCount> {
    const answer = await this.main.client.request('fileCount', { file, blockLines: BLOCK_LINES })
    if (answer.status !== 'answered') throw new Error('the file was not counted')
    return answer.body
  }

  private async run(file: File, results: FileResults): Promise<void> {
    const started = performance.now()
    const count = await this.count(file)
    if (this.current !== results) return
    this.update(results, { total: count.total, limit: count.limit })
    let published = 0
    const publish = (force: boolean) => {
      const now = performance.now()
      if (!force && now - published < PUBLISH_MS) return
      published = now
      const seconds = (now - started) / 1000
      this.update(results, {
        done: results.size,
        linesPerSecond: seconds > 0 ? Math.round(results.size / seconds) : 0,
        version: results.size,
      })
    }
    const queue = new BlockQueue(count)
    const helpers = queue.size > 1 ? this.helperLanes() : []
    const lanes = 1 + helpers.length
    const runBlock = (lane: FileLane, pending: PendingBlock) =>
      this.runBlock(lane, pending, file, results, publish)
    // Helpers join as they get the format; the main lane does not wait for them. A helper that
    // fails puts the rest of its block back, for the main lane to take once it is free again.
    const busy = new Set<Promise<void>>()
    const help = async (lane: HelperLane) => {
      if ((await lane.revision()) === null) return
      for (let next = queue.next(lanes); next; next = queue.next(lanes)) {
        if (this.current !== results) return
        const block = runBlock(lane, next)
        busy.add(block)
        try {
          await block
        } catch {
          queue.giveBack(next)
          return
        } finally {
          busy.delete(block)
        }
      }
    }
    for (const lane of helpers) void help(lane)
    for (;;) {
      for (let next = queue.next(lanes); next; next = queue.next(lanes)) {
        if (this.current !== results) return
        await runBlock(this.main, next)
      }
      if (busy.size === 0) break
      await Promise.allSettled([...busy])
    }
    if (this.current !== results) return
    publish(true)
    this.update(results, { state: 'done' })
  }

  /** Runs one block on `lane`, through watchdog restarts; `pending.from` follows the chunks. */
  private async runBlock(
    lane: FileLane,
    pending: PendingBlock,
    file: File,
    results: FileResults,
    publish: (force: boolean) => void,
  ): Promise<void> {
    const { block } = pending
    let probe = false
    for (;;) {
      if (this.current !== results || pending.from >= block.until) return
      const rev = await lane.revision()
      if (rev === null) throw new Error('the worker does not have the format any more')
      const { framing } = this.store.getState()
      const { from } = pending
      const output = { kind: 'rows' as const }
      try {
        await lane.client.request(
          'fileRun',
          { rev, framing, file, block, from, probe, output },
          null,
          (event) => {
            if (event.type !== 'fileChunk' || this.current !== results) return
            if (event.body.kind === 'rows') results.append(event.body.rows)
            pending.from = event.body.lines
            publish(false)
          },
        )
        return
      } catch (error) {
        if (!(error instanceof WorkerRestarted) || this.current !== results) throw error
        if (error instanceof WorkerTimeout) {
          // Unprobed, the stuck line is one of the chunk in flight: that chunk is run again,
          // probing, which posts line by line. Probed, the probe names the line (the first one
          // the page has not got) and where in it the worker was; a stuck run that probing
          // could not place gives up on its next line rather than trying forever.
          const where = error.probe?.line === pending.from ? error.probe : null
          if (where || probe) {
            pending.from = await this.markTimedOut(file, results, where, pending)
            probe = false
          } else probe = true
          publish(true)
        }
        if ((await lane.reloaded(rev)) === null) throw error
      }
    }
  }

  /** Records the stuck line as timed out; returns the line to go on from. */
  private async markTimedOut(
    file: File,
    results: FileResults,
    where: ProbePoint | null,
    { block, from }: PendingBlock,
  ): Promise<number> {
    const line = where?.line ?? from
    const start = where?.start ?? (await lineStart(file, results, block, line))
    const end = where?.end ?? start
    const text = await file.slice(start, end).text()
    const outcome = { kind: 'timedOut' as const, where }
    const row = { line, start, end, outcome, fields: '', excerpt: excerptOf(text) }
    results.appendTimedOut(row, where)
    return line + 1
  }

  /**
   * The listed lines' events as NDJSON (see exportEvents); rejects while the file is being parsed.
   */
  async export(progress: ExportProgress): Promise<Blob> {
    const run = this.store.getState().fileRun
    if (!run || run.state === 'running') throw new Error('the file is still being parsed')
    const rev = await this.main.revision()
    return exportEvents(this.main.client, rev, this.store.getState().framing, run, progress)
  }
}

import type { PlaygroundStore } from '../store/create'
import { type ParserClient, WorkerFailure, WorkerRestarted, WorkerTimeout } from '../worker/client'
import { describeProbe } from '../worker/fileRunProtocol'
import type { FramingSetting, ResponseBody } from '../worker/protocol'
import { type LineWindow, textsToParse } from './schedule'

/** Lines per request: big enough to amortize messaging, small enough for steady progress on a large paste. */
const BATCH_SIZE = 250

/**
 * Feeds the editor's lines to the worker, one batch in flight at a time. Each batch is chosen when
 * it is sent, from the document as it is then, so edits made meanwhile are picked up and lines
 * typed away are never sent.
 */
export class ParseQueue {
  private running = false
  private again = false
  private visible: LineWindow = { from: 0, to: 0 }
  /** Texts of a batch the worker died on: each is retried alone, so only the culprit fails. */
  private readonly alone = new Set<string>()
  private readonly client: ParserClient
  private readonly store: PlaygroundStore

  constructor(client: ParserClient, store: PlaygroundStore) {
    this.client = client
    this.store = store
  }

  /** The lines on screen (0-based, end exclusive) are parsed first. */
  setVisible(window: LineWindow): void {
    this.visible = window
  }

  async run(): Promise<void> {
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    try {
      do {
        this.again = false
        await this.drain()
      } while (this.again)
    } finally {
      this.running = false
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      const state = this.store.getState()
      const rev = state.format?.rev
      if (rev === undefined || state.text === null) return
      const editorLines = state.text.split('\n')
      // A file's line shown in the output panel goes first: the user is looking at it.
      const lines = state.fileLine ? [state.fileLine.text, ...editorLines] : editorLines
      const { byText, failures } = state
      const isKnown = (text: string) => byText.has(text) || failures.has(text)
      const first = state.fileLine ? { from: 0, to: 1 } : this.visible
      const texts = textsToParse(lines, isKnown, first)
      if (texts.length === 0) {
        state.pruneResults(lines)
        return
      }
      const suspect = texts.find((text) => this.alone.has(text))
      const batch = suspect === undefined ? texts.slice(0, BATCH_SIZE) : [suspect]
      const answer = await this.request(rev, state.framing, batch)
      if (answer === null) return
      // Another parser was loaded meanwhile: its arrival restarts the queue.
      if (answer.rev !== rev) return
      // An answer made under a framing setting changed meanwhile is dropped; the loop asks again.
      this.store.getState().addResults(answer.rev, answer.framing, answer.results)
    }
  }

  /**
   * One batch; null when there is no usable answer (superseded, or the worker died on it). A
   * suspect line is sent alone and probed: if it hangs again, the probe says in which rule and
   * step, and the line is given up on.
   */
  private async request(
    rev: number,
    framing: FramingSetting,
    batch: string[],
  ): Promise<ResponseBody<'parse'> | null> {
    const probed = batch.length === 1 && this.alone.has(batch[0] ?? '')
    try {
      const body = { rev, framing, lines: batch }
      const answer = await this.client.request(probed ? 'probedParse' : 'parse', body)
      for (const text of batch) this.alone.delete(text)
      return answer.status === 'answered' ? answer.body : null
    } catch (error) {
      if (!(error instanceof WorkerFailure)) throw error
      // Killed for another request (a file run's line): this batch is simply asked again.
      if (error instanceof WorkerRestarted && !(error instanceof WorkerTimeout)) return null
      if (probed) {
        const reason =
          error instanceof WorkerTimeout
            ? `timed out (${describeProbe(error.probe)})`
            : error.message
        this.store.getState().addFailures(batch, reason)
      } else for (const text of batch) this.alone.add(text)
      // The restarted worker reloads the format, and its arrival runs the queue again.
      return null
    }
  }
}

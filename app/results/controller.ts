import type { SampleDraft } from '../../parser/samples/index'
import { buildExercises } from '../learn/questions'
import type { PlaygroundStore } from '../store/create'
import { checkKey } from '../store/results'
import { ParserClient, WorkerFailure, type WorkerPort } from '../worker/client'
import type { JsonSchema } from '../worker/expectedSchema'
import type { FramingSetting, UserSampleCheck } from '../worker/protocol'
import { ParseQueue } from './parseQueue'
import type { LineWindow } from './schedule'

/** Typing pauses shorter than this are one edit: the worker sees the text once the user pauses. */
export const PARSE_DEBOUNCE_MS = 150
/** A batch of lines takes milliseconds; one taking this long is runaway matching, and is killed. */
export const WATCHDOG_MS = 10_000

/**
 * Connects the store to the worker: starts it, loads the format, keeps the lines parsed as the
 * text changes, and fetches sample comparisons and field descriptions on demand.
 */
export class PlaygroundController {
  private readonly client: ParserClient
  private readonly store: PlaygroundStore
  private readonly queue: ParseQueue
  private readonly docsAsked = new Set<string>()
  private readonly checksAsked = new Set<string>()
  private debounce: ReturnType<typeof setTimeout> | null = null
  private unsubscribe: () => void = () => {}

  constructor(spawn: () => WorkerPort, store: PlaygroundStore, watchdogMs: number = WATCHDOG_MS) {
    this.client = new ParserClient(spawn, {
      timeoutMs: watchdogMs,
      onRestart: () => void this.connect(),
    })
    this.store = store
    this.queue = new ParseQueue(this.client, store)
  }

  async start(): Promise<void> {
    this.unsubscribe = this.store.subscribe((state, previous) => {
      if (state.text !== previous.text) this.scheduleParse()
      // A new framing setting emptied the results: every line is parsed again, at once.
      if (state.framing !== previous.framing) void this.queue.run()
    })
    await this.connect()
  }

  /** Greets a (new) worker and loads the format into it. */
  private async connect(): Promise<void> {
    try {
      const pong = await this.client.request('ping', {})
      if (pong.status === 'answered') {
        this.store.getState().setWorker({ state: 'ready', version: pong.body.version })
      }
      await this.load()
    } catch (error) {
      this.store.getState().setWorker({ state: 'failed', message: String(error) })
    }
  }

  stop(): void {
    this.unsubscribe()
    if (this.debounce !== null) clearTimeout(this.debounce)
    this.client.dispose()
  }

  /** (Re)compiles the format in the worker; every cached result belongs to the previous parser. */
  async load(): Promise<void> {
    const minRev = (this.store.getState().format?.rev ?? 0) + 1
    const answer = await this.client.request('load', { minRev }, 'load')
    if (answer.status !== 'answered') return
    this.checksAsked.clear()
    this.store.getState().setFormat(answer.body)
    // First visit: the editor starts with every sample's message, one per line.
    const { text, replaceText } = this.store.getState()
    if (text === null) replaceText(answer.body.samples.map((sample) => sample.message).join('\n'))
    await this.queue.run()
  }

  setVisibleLines(window: LineWindow): void {
    this.queue.setVisible(window)
  }

  /** Parses now, without waiting for the typing pause. */
  parseNow(): Promise<void> {
    return this.queue.run()
  }

  /**
   * Whether the current parser reproduces each user sample; null when the answer is for another
   * parser or setting (a newer call is then on its way).
   */
  async checkUserSamples(
    samples: SampleDraft[],
    framing: FramingSetting,
  ): Promise<UserSampleCheck[] | null> {
    const { format } = this.store.getState()
    if (!format) return null
    try {
      const answer = await this.client.request(
        'checkSamples',
        { rev: format.rev, framing, samples },
        'checkSamples',
      )
      if (answer.status !== 'answered' || answer.body.rev !== format.rev) return null
      return answer.body.results
    } catch (error) {
      // A restarted worker is reloaded, which changes the revision and so asks again.
      if (!(error instanceof WorkerFailure)) throw error
      return null
    }
  }

  async ensureCheck(sample: string, text: string): Promise<void> {
    const state = this.store.getState()
    const { framing } = state
    const rev = state.format?.rev
    const key = checkKey(sample, text)
    if (rev === undefined || state.checks.has(key) || this.checksAsked.has(key)) return
    this.checksAsked.add(key)
    try {
      const answer = await this.client.request('check', { rev, framing, text, sample }, 'check')
      if (answer.status === 'answered' && answer.body.check) {
        this.store.getState().addCheck(answer.body.rev, answer.body.framing, answer.body.check)
      }
    } catch (error) {
      // A restarted worker is reloaded, which asks for the comparison again; anything else is a bug.
      if (!(error instanceof WorkerFailure)) throw error
    } finally {
      this.checksAsked.delete(key)
    }
  }

  /** The schema of expected events; the worker builds it once per format, so asking again is cheap. */
  async expectedSchema(): Promise<JsonSchema | null> {
    try {
      const answer = await this.client.request('expectedSchema', {})
      return answer.status === 'answered' ? answer.body.schema : null
    } catch (error) {
      // A restarted worker reloads the format, which changes the revision the editor asks again on.
      if (!(error instanceof WorkerFailure)) throw error
      return null
    }
  }

  async ensureDocs(fields: readonly string[]): Promise<void> {
    const known = this.store.getState().docs
    const missing = fields.filter((field) => !(field in known) && !this.docsAsked.has(field))
    if (missing.length === 0) return
    for (const field of missing) this.docsAsked.add(field)
    try {
      const answer = await this.client.request('fieldDocs', { fields: missing })
      if (answer.status === 'answered') this.store.getState().addDocs(missing, answer.body.docs)
    } catch (error) {
      if (!(error instanceof WorkerFailure)) throw error
    } finally {
      for (const field of missing) this.docsAsked.delete(field)
    }
  }

  /** Parses every sample's line into Learn exercises; their answers stay in the store, off the page. */
  async loadExercises(rev: number, framing: FramingSetting): Promise<void> {
    const { format } = this.store.getState()
    if (format?.rev !== rev) return
    const lines = format.samples.map((sample) => sample.message)
    try {
      const answer = await this.client.request('parse', { rev, framing, lines }, 'exercises')
      if (answer.status === 'answered' && answer.body.rev === rev) {
        this.store.getState().setExercises(buildExercises(answer.body.results))
      }
    } catch (error) {
      // A restarted worker reloads the format, and the Learn view asks again for the new revision.
      if (!(error instanceof WorkerFailure)) throw error
    }
  }

  private scheduleParse(): void {
    if (this.debounce !== null) clearTimeout(this.debounce)
    this.debounce = setTimeout(() => {
      this.debounce = null
      void this.queue.run()
    }, PARSE_DEBOUNCE_MS)
  }
}

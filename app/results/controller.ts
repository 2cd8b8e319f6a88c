import type { SampleDraft } from '../../parser/samples/index'
import { FileRunner } from '../files/fileRunner'
import { refusalOf } from '../formats/refusal'
import { buildExercises } from '../learn/questions'
import type { PlaygroundStore } from '../store/create'
import { checkKey } from '../store/results'
import { ParserClient, WorkerFailure, type WorkerPort } from '../worker/client'
import type { JsonSchema } from '../worker/expectedSchema'
import type {
  FormatSource,
  FormatSummary,
  FramingSetting,
  TemplateNames,
  UserSampleCheck,
} from '../worker/protocol'
import { sameWanted, type Wanted, wantedBy } from './loadWanted'
import { ParseQueue } from './parseQueue'
import type { LineWindow } from './schedule'

/** Typing pauses shorter than this are one edit: the worker sees the text once the user pauses. */
export const PARSE_DEBOUNCE_MS = 150
/**
 * The watchdog's bound on requests that parse no line: loading and compiling a format takes longer
 * than a line may. Parsing requests get the user's bound (`watchdogMs`, 1 s by default).
 */
export const WATCHDOG_MS = 10_000
/** An edit of the definition is compiled once the user pauses typing this long. */
export const RECOMPILE_DEBOUNCE_MS = 300

/**
 * Connects the store to the worker: starts it, loads the format, keeps the lines parsed as the
 * text changes, and fetches sample comparisons and field descriptions on demand.
 */
export class PlaygroundController {
  private readonly client: ParserClient
  private readonly store: PlaygroundStore
  private readonly queue: ParseQueue
  /** Whole-file runs, through the same worker (and watchdog) as the editor's lines. */
  readonly files: FileRunner
  private readonly docsAsked = new Set<string>()
  private readonly checksAsked = new Set<string>()
  private debounce: ReturnType<typeof setTimeout> | null = null
  private recompile: ReturnType<typeof setTimeout> | null = null
  /** What the worker last loaded; null before the first load. */
  private loadedWith: Wanted | null = null
  private unsubscribe: () => void = () => {}

  /** `fileHelpers`: extra workers a whole-file run may use, besides this one (see FileRunner). */
  constructor(
    spawn: () => WorkerPort,
    store: PlaygroundStore,
    watchdogMs: number = WATCHDOG_MS,
    fileHelpers = 0,
  ) {
    const client = (onRestart: () => void) =>
      new ParserClient(spawn, {
        timeoutMs: store.getState().watchdogMs,
        setupTimeoutMs: watchdogMs,
        onRestart,
      })
    this.client = client(() => void this.connect())
    this.store = store
    this.queue = new ParseQueue(this.client, store)
    this.files = new FileRunner(this.client, store, {
      helpers: fileHelpers,
      helperClient: client,
    })
  }

  async start(): Promise<void> {
    this.unsubscribe = this.store.subscribe((state, previous) => {
      if (state.text !== previous.text) this.scheduleParse()
      // A new framing setting emptied the results: every line is parsed again, at once.
      if (state.framing !== previous.framing) void this.queue.run()
      if (state.watchdogMs !== previous.watchdogMs) this.client.setTimeoutMs(state.watchdogMs)
      // A line of a file shown in the output panel is parsed as the editor's lines are.
      if (state.fileLine !== previous.fileLine) void this.queue.run()
      if (
        state.formatSource !== previous.formatSource ||
        state.definitions !== previous.definitions ||
        state.platformChoice !== previous.platformChoice
      ) {
        this.scheduleLoad()
      }
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
    if (this.recompile !== null) clearTimeout(this.recompile)
    this.client.dispose()
    this.files.dispose()
  }

  /**
   * (Re)compiles the chosen format, as edited, in the worker (after a watchdog restart too); every
   * cached result belongs to the previous parser, so every line and sample is run again.
   */
  load(): Promise<void> {
    return this.loadWanted(false)
  }

  /** `seedText`: the editor gets the samples of what is loaded (the format is another one). */
  private async loadWanted(seedText: boolean): Promise<void> {
    const wanted = wantedBy(this.store)
    const answer = await this.client.request('load', { minRev: this.nextRev(), ...wanted }, 'load')
    if (answer.status !== 'answered') return
    await this.apply(wanted, answer.body, seedText)
  }

  /**
   * Loads another format in place of the current one, unless it is broken: then the reason is
   * kept for the page to show and the current format is loaded back. Resolves to whether it was taken.
   */
  async openFormat(source: FormatSource): Promise<boolean> {
    const wanted: Wanted = { source, definition: null, platform: null }
    const answer = await this.client.request('load', { minRev: this.nextRev(), ...wanted }, 'load')
    if (answer.status !== 'answered') return false
    const refusal = refusalOf(answer.body, source.kind === 'folder' ? source.name : 'The format')
    if (refusal !== null) {
      this.store.getState().setFormatError(refusal)
      await this.load()
      return false
    }
    // Recorded first, so the store's change of source is not taken for a wish to load again.
    this.loadedWith = wanted
    this.store.getState().setFormatSource(source)
    await this.apply(wanted, answer.body, true)
    return true
  }

  private nextRev(): number {
    return (this.store.getState().format?.rev ?? 0) + 1
  }

  private async apply(wanted: Wanted, summary: FormatSummary, seedText: boolean): Promise<void> {
    this.loadedWith = wanted
    this.checksAsked.clear()
    this.store.getState().setFormat(summary)
    // A format seen before may have an edit kept under its uuid, known only now.
    if (!sameWanted(wantedBy(this.store), wanted)) {
      await this.loadWanted(seedText)
      return
    }
    // A first visit, or another format: the editor gets every sample's message, one per line.
    const { text, replaceText } = this.store.getState()
    if (text === null || seedText) {
      replaceText(summary.samples.map((sample) => sample.message).join('\n'))
    }
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

  /** The base grok library, for the Parser tab's hover and completion; the same for every format. */
  async grokLibrary(): Promise<Record<string, string>> {
    const answer = await this.client.request('grokLibrary', {})
    if (answer.status !== 'answered') throw new WorkerFailure('the grok library was not sent')
    return answer.body.patterns
  }

  /** The template engine's filter and test names, for the Parser tab's completion in templates. */
  async templateNames(): Promise<TemplateNames> {
    const answer = await this.client.request('templateNames', {})
    if (answer.status !== 'answered') throw new WorkerFailure('the template names were not sent')
    return answer.body
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

  private scheduleLoad(): void {
    if (this.recompile !== null) clearTimeout(this.recompile)
    this.recompile = setTimeout(() => {
      this.recompile = null
      if (sameWanted(wantedBy(this.store), this.loadedWith)) return
      this.load().catch((error: unknown) => {
        // A restarted worker loads what the store wants anyway; anything else is a bug.
        if (!(error instanceof WorkerFailure)) throw error
      })
    }, RECOMPILE_DEBOUNCE_MS)
  }

  private scheduleParse(): void {
    if (this.debounce !== null) clearTimeout(this.debounce)
    this.debounce = setTimeout(() => {
      this.debounce = null
      void this.queue.run()
    }, PARSE_DEBOUNCE_MS)
  }
}

import type { ProbePoint } from './fileRunProtocol'
import type {
  AnyRequestBody,
  AnyRequestType,
  AnyResponseBody,
  PageMessage,
  WorkerEvent,
  WorkerMessage,
} from './protocol'

/** What a request resolves to: the worker's answer, or `stale` when a newer request on the same channel made it moot. */
export type Answer<K extends AnyRequestType> =
  | { status: 'answered'; body: AnyResponseBody<K> }
  | { status: 'stale' }

/** The transport the client talks through: a Web Worker in the page, an in-process parser in tests. */
export interface WorkerPort {
  post: (request: PageMessage) => void
  onResponse: (listener: (response: WorkerMessage) => void) => void
  onFailure: (listener: (message: string) => void) => void
  terminate: () => void
}

export function spawnParserWorker(): WorkerPort {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
        listener(event.data),
      ),
    onFailure: (listener) =>
      worker.addEventListener('error', (event) =>
        listener(event.message || 'the parser worker failed to start'),
      ),
    terminate: () => worker.terminate(),
  }
}

export class WorkerFailure extends Error {}

/** The worker was killed and replaced while the request was in flight: it may be asked again. */
export class WorkerRestarted extends WorkerFailure {}

/** The watchdog killed the worker on this request; `probe` is the last place it reported being. */
export class WorkerTimeout extends WorkerRestarted {
  readonly probe: ProbePoint | null

  constructor(message: string, probe: ProbePoint | null) {
    super(message)
    this.probe = probe
  }
}

interface Pending {
  settle: (response: WorkerMessage) => void
  fail: (error: Error) => void
  timer: ReturnType<typeof setTimeout> | null
  /** Starts (again) the watchdog's count: at the request, then at each sign of progress. */
  arm: () => void
  onEvent: (event: WorkerEvent) => void
  lastProbe: ProbePoint | null
  /** When the worker last showed working on it (an ordinal; 0: not started yet). */
  active: number
}

/** The requests that parse lines, which the watchdog's bound is for. */
const PARSING: ReadonlySet<AnyRequestType> = new Set<AnyRequestType>([
  'parse',
  'probedParse',
  'fileRun',
  'check',
  'checkSamples',
])

/** Events that show a long request moving on: the watchdog counts from the latest. */
const showsProgress = (event: WorkerEvent): boolean =>
  event.type !== 'probe' || event.body.step === null

export interface ClientOptions {
  /** An answer slower than this means a runaway parse: the worker is killed and a new one started. */
  timeoutMs: number | null
  /**
   * The bound on requests that parse no line (loading and compiling a format, field docs…): they
   * take longer than a line may, and a short watchdog would kill every load. Default: `timeoutMs`.
   */
  setupTimeoutMs: number | null
  /** Called once a new worker replaces a killed one; it knows nothing yet (no format loaded). */
  onRestart: (reason: string) => void
}

/**
 * The page's side of the protocol. Answers are matched to requests by id; an answer for a request
 * superseded on its channel, or one nobody waits for any more, is dropped. A worker that does not
 * answer in time is killed and replaced (the watchdog of design.md).
 */
export class ParserClient {
  private readonly pending = new Map<number, Pending>()
  private readonly latestOnChannel = new Map<string, number>()
  private nextId = 1
  private activity = 0
  private port: WorkerPort
  private readonly spawn: () => WorkerPort
  private readonly options: ClientOptions

  constructor(spawn: () => WorkerPort, options: Partial<ClientOptions> = {}) {
    this.spawn = spawn
    this.options = {
      timeoutMs: null,
      onRestart: () => {},
      ...options,
      setupTimeoutMs: options.setupTimeoutMs ?? options.timeoutMs ?? null,
    }
    this.port = this.connect()
  }

  /** The watchdog's bound from now on (requests in flight keep theirs until they show progress). */
  setTimeoutMs(timeoutMs: number | null): void {
    this.options.timeoutMs = timeoutMs
  }

  /**
   * Sends a request; `onEvent` hears what a streamed request posts before its answer. The watchdog
   * counts from the request and from each event showing progress.
   */
  request<K extends AnyRequestType>(
    type: K,
    body: AnyRequestBody<K>,
    channel: string | null = null,
    onEvent: (event: WorkerEvent) => void = () => {},
  ): Promise<Answer<K>> {
    const id = this.nextId++
    if (channel !== null) this.latestOnChannel.set(channel, id)
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        fail: reject,
        timer: null,
        onEvent,
        lastProbe: null,
        active: 0,
        arm: () => {
          if (pending.timer !== null) clearTimeout(pending.timer)
          const timeoutMs = PARSING.has(type) ? this.options.timeoutMs : this.options.setupTimeoutMs
          pending.timer =
            timeoutMs === null
              ? null
              : setTimeout(
                  () => this.restart(`no answer to ${type} within ${timeoutMs} ms`, id),
                  timeoutMs,
                )
        },
        settle: (response) => {
          if (response.type === 'failure') {
            reject(new WorkerFailure(response.message))
          } else if (channel !== null && this.latestOnChannel.get(channel) !== id) {
            resolve({ status: 'stale' })
          } else {
            // The worker answers a request with the response of the same type (answer.ts), so the
            // body belongs to K; TypeScript cannot follow that through the id lookup.
            resolve({ status: 'answered', body: response.body as AnyResponseBody<K> })
          }
        },
      }
      pending.arm()
      this.pending.set(id, pending)
      // Same reason, the other way round: { type: K, body: AnyRequestBody<K> } is one member of
      // the union, which TypeScript cannot see for a generic K.
      this.port.post({ type, id, body } as PageMessage)
    })
  }

  dispose(): void {
    this.port.terminate()
    this.failAll(new WorkerFailure('the parser worker was stopped'))
  }

  private connect(): WorkerPort {
    const port = this.spawn()
    // Listeners check the port, so a killed worker's last words are not taken for the new one's.
    port.onResponse((response) => {
      if (port === this.port) this.receive(response)
    })
    port.onFailure((message) => {
      if (port === this.port) this.failAll(new WorkerFailure(message))
    })
    return port
  }

  /**
   * The request the worker is stuck on: the one it last showed working on. The one whose watchdog
   * fired may be queued behind it, or a streamed run paused between chunks while others ran.
   */
  private stuckOn(timedOut: number): number {
    let culprit = timedOut
    let latest = 0
    for (const [id, pending] of this.pending) {
      if (pending.active > latest) {
        latest = pending.active
        culprit = id
      }
    }
    return culprit
  }

  private restart(reason: string, timedOut: number): void {
    this.port.terminate()
    const message = `the parser worker was restarted: ${reason}`
    const culprit = this.stuckOn(timedOut)
    const stuck = this.pending.get(culprit)
    if (stuck) {
      this.pending.delete(culprit)
      stuck.fail(new WorkerTimeout(message, stuck.lastProbe))
    }
    this.failAll(new WorkerRestarted(message))
    this.port = this.connect()
    this.options.onRestart(reason)
  }

  private receive(response: WorkerMessage): void {
    const pending = this.pending.get(response.id)
    if (!pending) return
    if (response.type === 'started' || response.type === 'fileChunk' || response.type === 'probe') {
      if (response.type === 'probe') pending.lastProbe = response.body
      pending.active = ++this.activity
      if (showsProgress(response)) pending.arm()
      pending.onEvent(response)
      return
    }
    this.pending.delete(response.id)
    if (pending.timer !== null) clearTimeout(pending.timer)
    pending.settle(response)
  }

  private failAll(error: Error): void {
    const failed = [...this.pending.values()]
    this.pending.clear()
    for (const pending of failed) {
      if (pending.timer !== null) clearTimeout(pending.timer)
      pending.fail(error)
    }
  }
}

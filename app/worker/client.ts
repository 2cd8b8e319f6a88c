import type {
  RequestBody,
  RequestType,
  ResponseBody,
  WorkerRequest,
  WorkerResponse,
} from './protocol'

/** What a request resolves to: the worker's answer, or `stale` when a newer request on the same channel made it moot. */
export type Answer<K extends RequestType> =
  | { status: 'answered'; body: ResponseBody<K> }
  | { status: 'stale' }

/** The transport the client talks through: a Web Worker in the page, an in-process parser in tests. */
export interface WorkerPort {
  post: (request: WorkerRequest) => void
  onResponse: (listener: (response: WorkerResponse) => void) => void
  onFailure: (listener: (message: string) => void) => void
  terminate: () => void
}

export function spawnParserWorker(): WorkerPort {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
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

interface Pending {
  settle: (response: WorkerResponse) => void
  fail: (error: Error) => void
  timer: ReturnType<typeof setTimeout> | null
}

export interface ClientOptions {
  /** An answer slower than this means a runaway parse: the worker is killed and a new one started. */
  timeoutMs: number | null
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
  private port: WorkerPort
  private readonly spawn: () => WorkerPort
  private readonly options: ClientOptions

  constructor(spawn: () => WorkerPort, options: Partial<ClientOptions> = {}) {
    this.spawn = spawn
    this.options = { timeoutMs: null, onRestart: () => {}, ...options }
    this.port = this.connect()
  }

  request<K extends RequestType>(
    type: K,
    body: RequestBody<K>,
    channel: string | null = null,
  ): Promise<Answer<K>> {
    const id = this.nextId++
    if (channel !== null) this.latestOnChannel.set(channel, id)
    const { timeoutMs } = this.options
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        fail: reject,
        timer:
          timeoutMs === null
            ? null
            : setTimeout(
                () => this.restart(`no answer to ${type} within ${timeoutMs} ms`),
                timeoutMs,
              ),
        settle: (response) => {
          if (response.type === 'failure') {
            reject(new WorkerFailure(response.message))
          } else if (channel !== null && this.latestOnChannel.get(channel) !== id) {
            resolve({ status: 'stale' })
          } else {
            // The worker answers a request with the response of the same type (answer.ts), so the
            // body belongs to K; TypeScript cannot follow that through the id lookup.
            resolve({ status: 'answered', body: response.body as ResponseBody<K> })
          }
        },
      })
      // Same reason, the other way round: { type: K, body: RequestBody<K> } is one member of the
      // union, which TypeScript cannot see for a generic K.
      this.port.post({ type, id, body } as WorkerRequest)
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

  private restart(reason: string): void {
    this.port.terminate()
    this.failAll(new WorkerFailure(`the parser worker was restarted: ${reason}`))
    this.port = this.connect()
    this.options.onRestart(reason)
  }

  private receive(response: WorkerResponse): void {
    const pending = this.pending.get(response.id)
    if (!pending) return
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

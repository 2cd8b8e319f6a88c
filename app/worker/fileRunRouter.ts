// The requests a worker answers over time rather than at once: a file run posts chunks and may be
// cancelled between them; a probed parse posts where it is before each step. The rest goes to
// `answer`.
import { countLines } from './fileCount'
import { type LineParse, runFile } from './fileRun'
import { type ProbeReport, probedParser } from './probe'
import type {
  FramingSetting,
  PageMessage,
  StreamedRequest,
  WorkerMessage,
  WorkerRequest,
} from './protocol'
import type { ParserSession } from './session'

const isStreamed = (message: PageMessage): message is StreamedRequest =>
  message.type === 'fileCount' ||
  message.type === 'fileRun' ||
  message.type === 'cancelFileRun' ||
  message.type === 'probedParse'

export class StreamedRequests {
  /** Runs in progress, and whether each was cancelled. */
  private readonly runs = new Map<number, boolean>()
  private readonly session: ParserSession
  private readonly post: (message: WorkerMessage) => void
  private readonly pause: () => Promise<void>

  constructor(
    session: ParserSession,
    post: (message: WorkerMessage) => void,
    pause: () => Promise<void>,
  ) {
    this.session = session
    this.post = post
    this.pause = pause
  }

  /**
   * Tells the page the worker starts on `message`, and handles it when it is a streamed request;
   * returns the plain request otherwise.
   */
  take(message: PageMessage): WorkerRequest | null {
    this.post({ type: 'started', id: message.id, body: null })
    if (!isStreamed(message)) return message
    void this.handle(message).catch((error: unknown) =>
      this.post({ type: 'failure', id: message.id, message: String(error) }),
    )
    return null
  }

  private lineParser(rev: number, framing: FramingSetting) {
    return (probe: ProbeReport | null): LineParse | null => {
      if (rev !== this.session.revision) return null
      if (probe === null) return this.session.lineParser(framing)
      let probed: ReturnType<typeof probedParser> | null = null
      const parse = this.session.lineParser(framing, (parser) => {
        probed = probedParser(parser, probe)
        return probed.parser
      })
      if (parse === null) return null
      return (text) => {
        probed?.nextLine()
        return parse(text)
      }
    }
  }

  private async handle(request: StreamedRequest): Promise<void> {
    const { id } = request
    switch (request.type) {
      case 'fileCount': {
        const { file, blockLines } = request.body
        this.post({ type: 'fileCount', id, body: await countLines(file, blockLines) })
        return
      }
      case 'cancelFileRun': {
        for (const run of this.runs.keys()) this.runs.set(run, true)
        this.post({ type: 'cancelFileRun', id, body: { cancelled: this.runs.size } })
        return
      }
      case 'probedParse': {
        const { rev, framing, lines } = request.body
        const point = { line: 0, start: 0, end: 0 }
        const probe: ProbeReport = (step, rule) =>
          this.post({ type: 'probe', id, body: { ...point, step, rule } })
        const parse = this.lineParser(rev, framing)(probe)
        // Probed first, line by line: if one hangs, the page knows where. Then answered as usual.
        if (parse) {
          lines.forEach((text, line) => {
            Object.assign(point, { line, start: 0, end: text.length })
            this.post({ type: 'probe', id, body: { ...point, step: null, rule: null } })
            parse(text)
          })
        }
        const results = parse ? this.session.parseLines(lines, framing) : []
        const body = { rev: this.session.revision, framing, results }
        this.post({ type: 'probedParse', id, body })
        return
      }
      case 'fileRun': {
        const { rev, framing } = request.body
        this.runs.set(id, false)
        try {
          const end = await runFile(request.body, {
            lineParser: this.lineParser(rev, framing),
            chunk: (chunk) => this.post({ type: 'fileChunk', id, body: chunk }),
            probe: (point) => this.post({ type: 'probe', id, body: point }),
            cancelled: () => this.runs.get(id) === true,
            pause: this.pause,
          })
          this.post({ type: 'fileRun', id, body: end })
        } finally {
          this.runs.delete(id)
        }
        return
      }
    }
  }
}

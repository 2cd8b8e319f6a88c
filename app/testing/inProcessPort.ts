// Test support: the real worker code (answer + ParserSession) behind the client's port, in-process.
// Answers are structured-cloned and delivered asynchronously, as postMessage would.
import type { FormatFiles } from '../../parser/index'
import { answerSafely } from '../worker/answer'
import type { WorkerPort } from '../worker/client'
import { StreamedRequests } from '../worker/fileRunRouter'
import type { PageMessage, WorkerMessage } from '../worker/protocol'
import { ParserSession } from '../worker/session'

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function inProcessPort(files: FormatFiles): WorkerPort & { sent: PageMessage[] } {
  const session = new ParserSession('2023')
  const sent: PageMessage[] = []
  let listener: (response: WorkerMessage) => void = () => {}
  const deliver = (message: WorkerMessage) =>
    setTimeout(() => listener(structuredClone(message)), 0)
  const streamed = new StreamedRequests(session, deliver, pause)
  return {
    sent,
    post: (message) => {
      sent.push(structuredClone(message))
      const request = streamed.take(message)
      if (request) deliver(answerSafely(session, () => files, request))
    },
    onResponse: (next) => {
      listener = next
    },
    onFailure: () => {},
    terminate: () => {},
  }
}

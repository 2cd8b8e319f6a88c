// Test support: the real worker code (answer + ParserSession) behind the client's port, in-process.
// Answers are structured-cloned and delivered asynchronously, as postMessage would.
import type { FormatFiles } from '../../parser/index'
import { answerSafely } from '../worker/answer'
import type { WorkerPort } from '../worker/client'
import type { WorkerRequest, WorkerResponse } from '../worker/protocol'
import { ParserSession } from '../worker/session'

export function inProcessPort(files: FormatFiles): WorkerPort & { sent: WorkerRequest[] } {
  const session = new ParserSession('2023')
  const sent: WorkerRequest[] = []
  let listener: (response: WorkerResponse) => void = () => {}
  return {
    sent,
    post: (request) => {
      sent.push(structuredClone(request))
      setTimeout(() => listener(structuredClone(answerSafely(session, () => files, request))), 0)
    },
    onResponse: (next) => {
      listener = next
    },
    onFailure: () => {},
    terminate: () => {},
  }
}

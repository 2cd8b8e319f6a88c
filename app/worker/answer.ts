import { type FormatFiles, PARSER_VERSION } from '../../parser/index'
import { FILTER_NAMES, TEST_NAMES } from '../../parser/template/index'
import type { WorkerRequest, WorkerResponse } from './protocol'
import type { ParserSession } from './session'

/** The worker's reply to one request; each request is answered with the response of its own type. */
export function answer(
  session: ParserSession,
  formatFiles: () => FormatFiles,
  request: WorkerRequest,
): WorkerResponse {
  switch (request.type) {
    case 'ping':
      return { type: 'ping', id: request.id, body: { version: PARSER_VERSION } }
    case 'load': {
      const { source, minRev, definition, platform } = request.body
      const files = source.kind === 'builtin' ? formatFiles() : source.files
      const key = source.kind === 'builtin' ? 'builtin' : `folder:${source.name}`
      return {
        type: 'load',
        id: request.id,
        body: session.load(files, { minRev, source: key, definition, platform }),
      }
    }
    case 'parse': {
      // A request made for another parser revision gets no results, only the current revision.
      const rev = session.revision
      const { framing, lines } = request.body
      const results = request.body.rev === rev ? session.parseLines(lines, framing) : []
      return { type: 'parse', id: request.id, body: { rev, framing, results } }
    }
    case 'check': {
      const rev = session.revision
      const { framing, text, sample } = request.body
      const check = request.body.rev === rev ? session.check(text, sample, framing) : null
      return { type: 'check', id: request.id, body: { rev, framing, check } }
    }
    case 'checkSamples': {
      const rev = session.revision
      const { framing, samples } = request.body
      const results = request.body.rev === rev ? session.checkSamples(samples, framing) : []
      return { type: 'checkSamples', id: request.id, body: { rev, framing, results } }
    }
    case 'fieldDocs':
      return {
        type: 'fieldDocs',
        id: request.id,
        body: { docs: session.fieldDocs(request.body.fields) },
      }
    case 'expectedSchema':
      return { type: 'expectedSchema', id: request.id, body: { schema: session.expectedSchema() } }
    case 'grokLibrary':
      return { type: 'grokLibrary', id: request.id, body: { patterns: session.grokLibrary() } }
    case 'templateNames': {
      const body = { filters: [...FILTER_NAMES], tests: [...TEST_NAMES] }
      return { type: 'templateNames', id: request.id, body }
    }
  }
}

export function answerSafely(
  session: ParserSession,
  formatFiles: () => FormatFiles,
  request: WorkerRequest,
): WorkerResponse {
  try {
    return answer(session, formatFiles, request)
  } catch (error) {
    return { type: 'failure', id: request.id, message: String(error) }
  }
}

import { answerSafely } from './answer'
import { toFormatFiles } from './formatFiles'
import type { WorkerRequest } from './protocol'
import { ParserSession } from './session'

// Bundled at build time: the playground never fetches its format.
const formatSources = import.meta.glob<string>('/parser/formats/vmware-esxi/**/*.{yml,yaml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const formatFiles = () => toFormatFiles(formatSources, '/parser/formats/vmware-esxi')

// The seed's samples were written against the platform of 2023 (engine.md §7).
const session = new ParserSession('2023')

// In a dedicated worker the global postMessage/addEventListener talk to the page that started it.
addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  postMessage(answerSafely(session, formatFiles, event.data))
})

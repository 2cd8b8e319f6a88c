import { answerSafely } from './answer'
import { StreamedRequests } from './fileRunRouter'
import { toFormatFiles } from './formatFiles'
import type { PageMessage } from './protocol'
import { ParserSession } from './session'

// Bundled at build time: the playground never fetches its format.
const formatSources = import.meta.glob<string>('/parser/formats/vmware-esxi/**/*.{yml,yaml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const formatFiles = () => toFormatFiles(formatSources, '/parser/formats/vmware-esxi')

// Each load names its platform era, or leaves it to the format's manifest (engine.md §7).
const session = new ParserSession()

// A message task, not a timer: nested timers are throttled to 4 ms, a chunk takes some 40 ms.
const pause = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })

// In a dedicated worker the global postMessage/addEventListener talk to the page that started it.
const streamed = new StreamedRequests(session, (message) => postMessage(message), pause)
addEventListener('message', (event: MessageEvent<PageMessage>) => {
  const request = streamed.take(event.data)
  if (request) postMessage(answerSafely(session, formatFiles, request))
})

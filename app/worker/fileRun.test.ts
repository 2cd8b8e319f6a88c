import { describe, expect, it } from 'vitest'
import { rowAt } from '../files/rowColumns'
import { readFormatFolder } from '../testing/formatFolder'
import type { FileChunk, FileRunRequest, ProbePoint } from './fileRunProtocol'
import { StreamedRequests } from './fileRunRouter'
import type { FramingSetting, WorkerMessage } from './protocol'
import { ParserSession } from './session'

const framing: FramingSetting = { enabled: true, timezone: 'UTC' }
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function loadedSession() {
  const session = new ParserSession('2023')
  const summary = session.load(readFormatFolder())
  return { session, samples: summary.samples }
}

/** Runs a file through the worker's streamed requests; returns everything it posted. */
async function run(file: Blob, options: Partial<FileRunRequest> = {}, cancelAfterChunks = -1) {
  const { session } = loadedSession()
  const messages: WorkerMessage[] = []
  let finish: () => void = () => {}
  const finished = new Promise<void>((resolve) => {
    finish = resolve
  })
  const streamed: StreamedRequests = new StreamedRequests(
    session,
    (message) => {
      messages.push(message)
      const chunks = messages.filter((m) => m.type === 'fileChunk').length
      if (message.type === 'fileChunk' && chunks === cancelAfterChunks) {
        streamed.take({ type: 'cancelFileRun', id: 99, body: {} })
      }
      if (message.type === 'fileRun' || message.type === 'failure') finish()
    },
    pause,
  )
  const output = { kind: 'rows' as const }
  const block = { start: { line: 0, byte: 0 }, until: Number.MAX_SAFE_INTEGER }
  const body = {
    rev: session.revision,
    framing,
    file,
    block,
    from: 0,
    probe: false,
    output,
    ...options,
  }
  streamed.take({ type: 'fileRun', id: 1, body })
  await finished
  const chunks = messages.flatMap((m) => (m.type === 'fileChunk' ? [m.body] : []))
  const probes = messages.flatMap((m) => (m.type === 'probe' ? [m.body] : []))
  const end = messages.find((m) => m.type === 'fileRun')
  return { chunks, probes, end: end?.type === 'fileRun' ? end.body : null }
}

const rowsOf = (chunks: FileChunk[]) =>
  chunks.flatMap((chunk) =>
    chunk.kind === 'rows'
      ? Array.from({ length: chunk.rows.lines.length }, (_, at) => rowAt(chunk.rows, at))
      : [],
  )
const eventsOf = async (chunks: FileChunk[]) =>
  (await Promise.all(chunks.map((chunk) => (chunk.kind === 'events' ? chunk.events.text() : ''))))
    .join('')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))

describe('a whole-file run in the worker', () => {
  it('parses every line into a compact row, in order', async () => {
    const { samples } = loadedSession()
    const messages = samples.map((sample) => sample.message)
    const lines = [...messages, 'nothing matches this line', 'x'.repeat(70 * 1024)]
    const { chunks, end } = await run(new Blob([lines.join('\r\n')]))
    expect(end).toEqual({ state: 'done' })
    const rows = rowsOf(chunks)
    expect(rows.map((row) => row.line)).toEqual(lines.map((_, index) => index))
    expect(rows.slice(0, messages.length).every((row) => row.outcome.kind === 'parsed')).toBe(true)
    expect(
      rows.filter((row) => row.outcome.kind === 'parsed' && row.outcome.rule !== null),
    ).toHaveLength(messages.length)
    expect(rows.at(-2)?.outcome).toEqual({ kind: 'parsed', rule: null })
    expect(rows.at(-1)?.outcome).toEqual({ kind: 'tooLong', bytes: 70 * 1024 })
    expect(chunks.every((chunk) => chunk.kind === 'rows')).toBe(true)
    expect(chunks.at(-1)).toMatchObject({ lines: lines.length })
  })

  it('exports one NDJSON event per line of its block, not parsing the timed-out ones again', async () => {
    const { samples } = loadedSession()
    const messages = samples.slice(0, 4).map((sample) => sample.message)
    const lines = [...messages, 'x'.repeat(70 * 1024), 'after the export']
    const where = { line: 2, start: 0, end: 0, step: 'grok parsed_event', rule: null }
    const timedOut = [{ line: 2, where }]
    const output = { kind: 'events' as const, timedOut }
    const block = { start: { line: 0, byte: 0 }, until: 5 }
    const { chunks, end } = await run(new Blob([lines.join('\n')]), { output, block })
    expect(end).toEqual({ state: 'done' })
    expect(chunks.every((chunk) => chunk.kind === 'events')).toBe(true)
    expect(chunks.at(-1)).toMatchObject({ lines: 5 })
    const events = await eventsOf(chunks)
    expect(events).toHaveLength(5)
    expect(events[0].message).toBe(messages[0])
    expect(events[0].event).toBeDefined()
    expect(events[2]).toEqual({
      message: messages[2],
      error: { message: 'not parsed: timed out (in grok parsed_event)' },
    })
    expect(events[3].message).toBe(messages[3])
    expect(events[4].error.message).toMatch(/the line is 70 KiB, over the 64 KiB limit/)
  })

  it('runs a block read from its first byte, numbering its lines from its first line', async () => {
    const lines = ['first', 'second', 'third', 'fourth', 'fifth']
    const file = new Blob([`\ufeff${lines.join('\r\n')}`])
    const byte = new TextEncoder().encode(`\ufeff${lines.slice(0, 2).join('\r\n')}\r\n`).length
    const block = { start: { line: 2, byte }, until: 4 }
    const rows = rowsOf((await run(file, { block, from: 2 })).chunks)
    expect(rows.map((row) => [row.line, row.excerpt, row.start])).toEqual([
      [2, 'third', byte],
      [3, 'fourth', byte + 'third\r\n'.length],
    ])
  })

  it('resumes at a given line, and probes the lines of its first chunk with their steps', async () => {
    const { samples } = loadedSession()
    const lines = samples.slice(0, 5).map((sample) => sample.message)
    const { chunks, probes } = await run(new Blob([lines.join('\n')]), { from: 3, probe: true })
    expect(rowsOf(chunks).map((row) => row.line)).toEqual([3, 4])
    const lineStarts = probes.filter((probe) => probe.step === null).map((probe) => probe.line)
    expect(lineStarts).toEqual([3, 4])
    const steps = probes.filter((probe: ProbePoint) => probe.line === 3 && probe.step !== null)
    expect(steps[0]?.step).toMatch(/^grok /)
    const rule = rowsOf(chunks)[0]?.outcome
    expect(steps.at(-1)?.rule).toBe(rule?.kind === 'parsed' ? rule.rule : 'a parsed row')
  })

  it('stops between chunks when cancelled', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `line ${index}`)
    const { chunks, end } = await run(new Blob([lines.join('\n')]), {}, 2)
    expect(end).toEqual({ state: 'cancelled' })
    expect(rowsOf(chunks).length).toBeLessThan(lines.length)
  })
})

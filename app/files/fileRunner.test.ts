import { describe, expect, it } from 'vitest'
import { PlaygroundController } from '../results/controller'
import { createPlaygroundStore, type Persisted } from '../store/create'
import { lazyJsonStorage } from '../store/lazyStorage'
import { readFormatFolder } from '../testing/formatFolder'
import { inProcessPort } from '../testing/inProcessPort'
import { memoryStorage } from '../testing/memoryStorage'
import type { WorkerPort } from '../worker/client'
import type { WorkerMessage } from '../worker/protocol'
import { type FileResults, TIMED_OUT, UNMATCHED } from './fileResults'
import { BLOCK_LINES } from './fileRunner'

const files = readFormatFolder()
const GOOD = 'Connection from 10.0.0.1 port 22'
const STUCK = 'Connection from 10.6.6.6 port 666'

/**
 * The real worker code in-process, except that it "hangs" on any line equal to STUCK: from the
 * moment it starts that line's grok match, the page hears nothing more from it.
 */
function hangingPort(): WorkerPort {
  const inner = inProcessPort(files)
  let silent = false
  let stuckLine = -1
  return {
    ...inner,
    onResponse: (listener) =>
      inner.onResponse((message: WorkerMessage) => {
        // Unprobed, the line hangs inside a chunk: the chunk never comes.
        const chunk = message.type === 'fileChunk' ? message.body : null
        if (chunk?.kind === 'rows' && chunk.rows.lines.includes(stuckLine)) {
          silent = true
        }
        if (silent) return
        listener(message)
        // Heard starting the line's first step, then nothing more.
        if (message.type === 'probe' && message.body.line === stuckLine && message.body.step) {
          silent = true
        }
      }),
    post: (message) => {
      if (message.type === 'fileRun') {
        message.body.file
          .text()
          .then((text) => {
            stuckLine = text.split('\n').indexOf(STUCK)
          })
          .catch(() => {})
      }
      inner.post(message)
    },
    terminate: () => {
      silent = true
      inner.terminate()
    },
  }
}

async function started(spawn: () => WorkerPort, helpers = 0) {
  const store = createPlaygroundStore(lazyJsonStorage<Persisted>(memoryStorage()))
  store.getState().setWatchdogMs(100)
  const controller = new PlaygroundController(spawn, store, undefined, helpers)
  await controller.start()
  return { store, controller }
}

async function finished(store: Awaited<ReturnType<typeof started>>['store']) {
  for (let waited = 0; waited < 25_000; waited += 20) {
    const state = store.getState().fileRun?.state
    if (state && state !== 'running') return state
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return 'running'
}

/** Every row of `results`, in line order. */
const rowsOf = (results: FileResults | undefined) => {
  const selection = results?.matching({ category: null, text: '' })
  return Array.from({ length: selection?.length ?? 0 }, (_, at) =>
    results?.row(selection?.indexAt(at) ?? -1),
  )
}

describe('FileRunner', () => {
  it('runs a file to the end: every line a row, coverage summing to the lines', async () => {
    const { store, controller } = await started(() => inProcessPort(files))
    const lines = Array.from({ length: 500 }, (_, index) => (index % 5 === 4 ? 'nothing' : GOOD))
    await controller.files.open(new File([lines.join('\n')], 'a.log'))
    expect(await finished(store)).toBe('done')
    const run = store.getState().fileRun
    expect(run?.failure ?? null).toBeNull()
    expect(run).toMatchObject({ done: 500, total: 500 })
    const coverage = run?.results.coverage() ?? []
    expect(coverage.reduce((sum, bar) => sum + bar.count, 0)).toBe(500)
    expect(coverage.find((bar) => bar.key === UNMATCHED)?.count).toBe(100)
    const progress: number[] = []
    const exported = await controller.files.export((done) => progress.push(done))
    const events = (await exported.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(events).toHaveLength(500)
    expect(events[0].source.ip).toBe('10.0.0.1')
    expect(events[4].message).toBe('nothing')
    expect(progress.at(-1)).toBe(500)
    controller.stop()
  }, 30_000)

  it('marks a line the worker hangs on as timed out, with its rule and step, and goes on', async () => {
    const { store, controller } = await started(hangingPort)
    const lines = Array.from({ length: 300 }, (_, index) => (index === 123 ? STUCK : GOOD))
    await controller.files.open(new File([lines.join('\n')], 'b.log'))
    expect(await finished(store)).toBe('done')
    const run = store.getState().fileRun
    expect(run).toMatchObject({ done: 300, total: 300 })
    const results = run?.results
    const rows = Array.from({ length: results?.size ?? 0 }, (_, index) => results?.row(index))
    expect(rows.map((row) => row?.line)).toEqual(lines.map((_, index) => index))
    const stuck = rows[123]
    expect(stuck?.outcome).toEqual({
      kind: 'timedOut',
      where: expect.objectContaining({ line: 123, step: 'grok parsed_event', rule: null }),
    })
    expect(stuck?.excerpt).toBe(STUCK)
    expect(results?.coverage().find((bar) => bar.key === TIMED_OUT)?.count).toBe(1)
    // The export parses the lines again, but not the one the watchdog stopped.
    const exported = await controller.files.export(() => {})
    const events = (await exported.text()).trimEnd().split('\n')
    expect(events).toHaveLength(300)
    expect(JSON.parse(events[122] ?? '{}').source.ip).toBe('10.0.0.1')
    expect(JSON.parse(events[123] ?? '{}').error.message).toMatch(
      /timed out \(in grok parsed_event\)/,
    )
    controller.stop()
  }, 30_000)

  it('keeps the rows through a reload of the same parser, and runs again once an edit compiles', async () => {
    const { store, controller } = await started(() => inProcessPort(files))
    await controller.files.open(new File([`${GOOD}\n${GOOD}`], 'd.log'))
    expect(await finished(store)).toBe('done')
    const first = store.getState().fileRun?.results
    const format = store.getState().format
    const source = format?.sourceDefinition ?? ''
    const edited = source.replace('observer.vendor: VMware', 'observer.vendor: VMware Inc.')
    expect(edited).not.toBe(source)
    // An edit undone before it compiled changes no parser.
    store.getState().setDefinition(format?.uuid ?? '', edited, source)
    store.getState().setDefinition(format?.uuid ?? '', source, source)
    await new Promise((resolve) => setTimeout(resolve, 500))
    // What a watchdog restart does: the same parser again, under a new revision.
    const rev = store.getState().format?.rev ?? 0
    await controller.load()
    expect(store.getState().format?.rev).toBeGreaterThan(rev)
    expect(store.getState().fileRun?.results).toBe(first)

    store.getState().setDefinition(format?.uuid ?? '', edited, source)
    for (
      let waited = 0;
      waited < 5_000 && store.getState().fileRun?.results === first;
      waited += 20
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(store.getState().fileRun?.results).not.toBe(first)
    expect(await finished(store)).toBe('done')
    expect(store.getState().fileRun).toMatchObject({ done: 2, total: 2 })
    controller.stop()
  }, 30_000)

  it('cancelled, it says as many lines done as it lists', async () => {
    const { store, controller } = await started(() => inProcessPort(files))
    const lines = Array.from({ length: 50_000 }, () => GOOD)
    void controller.files.open(new File([lines.join('\n')], 'e.log'))
    const listed = () => store.getState().fileRun?.results.size ?? 0
    for (let waited = 0; waited < 20_000 && listed() <= 4000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await controller.files.cancel()
    const run = store.getState().fileRun
    expect(run?.state).toBe('cancelled')
    expect(run?.results.size).toBeGreaterThan(4000)
    expect(run?.results.size).toBeLessThan(50_000)
    expect(run?.done).toBe(run?.results.size)
    controller.stop()
  }, 30_000)

  it('runs the file again for another framing setting, as the editor parses its lines again', async () => {
    const { store, controller } = await started(() => inProcessPort(files))
    await controller.files.open(new File([`${GOOD}\n${GOOD}`], 'c.log'))
    expect(await finished(store)).toBe('done')
    const first = store.getState().fileRun?.results
    store.getState().setFraming({ enabled: false, timezone: 'UTC' })
    expect(store.getState().fileRun?.results).not.toBe(first)
    expect(await finished(store)).toBe('done')
    expect(store.getState().fileRun).toMatchObject({ done: 2, total: 2 })
    controller.stop()
  }, 30_000)

  it('with a helper worker, runs the blocks of a long file on both, each line once and in order', async () => {
    const ports: ReturnType<typeof inProcessPort>[] = []
    const spawn = () => {
      const port = inProcessPort(files)
      ports.push(port)
      return port
    }
    const { store, controller } = await started(spawn, 1)
    const count = BLOCK_LINES * 6 + 7
    const lines = Array.from({ length: count }, (_, index) => (index % 3 === 0 ? 'nothing' : GOOD))
    await controller.files.open(new File([lines.join('\n')], 'long.log'))
    expect(await finished(store)).toBe('done')
    const run = store.getState().fileRun
    expect(run).toMatchObject({ done: count, total: count })
    const rows = rowsOf(run?.results)
    expect(rows.map((row) => row?.line)).toEqual(lines.map((_, index) => index))
    const unmatched = lines.filter((line) => line === 'nothing').length
    expect(run?.results.coverage().find((bar) => bar.key === UNMATCHED)?.count).toBe(unmatched)
    const runsPerPort = ports.map((port) => port.sent.filter((m) => m.type === 'fileRun').length)
    expect(runsPerPort.filter((runs) => runs > 0)).toHaveLength(2)

    const exported = await controller.files.export(() => {})
    const events = (await exported.text()).trimEnd().split('\n')
    expect(events).toHaveLength(count)
    expect(JSON.parse(events[count - 2] ?? '{}').source.ip).toBe('10.0.0.1')
    expect(JSON.parse(events[count - 1] ?? '{}').message).toBe('nothing')
    controller.stop()
  }, 60_000)

  it('with a helper worker, a line that hangs in any block times out and the rest completes', async () => {
    const { store, controller } = await started(hangingPort, 1)
    const count = BLOCK_LINES * 4
    const stuckAt = BLOCK_LINES * 3 + 17
    const lines = Array.from({ length: count }, (_, index) => (index === stuckAt ? STUCK : GOOD))
    await controller.files.open(new File([lines.join('\n')], 'stuck.log'))
    expect(await finished(store)).toBe('done')
    const rows = rowsOf(store.getState().fileRun?.results)
    expect(rows).toHaveLength(count)
    expect(rows.map((row) => row?.line)).toEqual(lines.map((_, index) => index))
    expect(rows.filter((row) => row?.outcome.kind === 'timedOut').map((row) => row?.line)).toEqual([
      stuckAt,
    ])
    controller.stop()
  }, 60_000)

  it('cancelled with blocks on two workers, it exports the lines it lists, gaps and all', async () => {
    const { store, controller } = await started(() => inProcessPort(files), 1)
    const lines = Array.from({ length: BLOCK_LINES * 8 }, (_, index) => `${GOOD} line ${index}`)
    void controller.files.open(new File([lines.join('\n')], 'gaps.log'))
    const listed = () => store.getState().fileRun?.results.size ?? 0
    for (let waited = 0; waited < 30_000 && listed() <= BLOCK_LINES * 2; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await controller.files.cancel()
    const results = store.getState().fileRun?.results
    const listedLines = rowsOf(results).map((row) => row?.line ?? -1)
    const exported = await controller.files.export(() => {})
    const events = (await exported.text()).trimEnd().split('\n')
    expect(events.map((event) => JSON.parse(event).message)).toEqual(
      listedLines.map((line) => lines[line]),
    )
    controller.stop()
  }, 60_000)
})

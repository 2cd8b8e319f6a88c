import { describe, expect, it, vi } from 'vitest'
import { PARSER_FILE } from '../../parser/format/index'
import { TINY_FORMAT, TINY_FORMAT_NAME } from '../formats/testing/tinyFormat'
import { createPlaygroundStore, type Persisted } from '../store/create'
import { lazyJsonStorage } from '../store/lazyStorage'
import { checkKey } from '../store/results'
import { readFormatFolder } from '../testing/formatFolder'
import { inProcessPort } from '../testing/inProcessPort'
import { memoryStorage } from '../testing/memoryStorage'
import type { WorkerPort } from '../worker/client'
import { PlaygroundController } from './controller'

async function startedPlayground() {
  const port = inProcessPort(readFormatFolder())
  const store = createPlaygroundStore(lazyJsonStorage<Persisted>(memoryStorage()))
  const controller = new PlaygroundController(() => port, store)
  await controller.start()
  return { port, store, controller }
}

describe('PlaygroundController with the real parser in-process', () => {
  it('seeds the first visit with every sample and parses each line', async () => {
    const { store, controller } = await startedPlayground()
    const state = store.getState()
    expect(state.worker.state).toBe('ready')
    expect(state.samples).toHaveLength(34)
    const lines = state.text?.split('\n') ?? []
    expect(lines).toHaveLength(34)
    for (const line of lines) expect(state.byText.get(line)?.result.trace.rule).not.toBeNull()
    controller.stop()
  })

  it('parses a large paste in batches, each distinct line once, and only what changed after', async () => {
    const { port, store, controller } = await startedPlayground()
    const seeded = store.getState().text ?? ''
    const lines = Array.from(
      { length: 2000 },
      (_, index) => `Connection from 10.0.${index % 250}.1 port ${index}`,
    )
    const batchesBefore = port.sent.filter((request) => request.type === 'parse').length
    store.getState().setText(lines.join('\n'))
    await controller.parseNow()
    const batches = port.sent.filter((request) => request.type === 'parse').slice(batchesBefore)
    expect(batches.length).toBe(8)
    const sent = batches.flatMap((request) => (request.type === 'parse' ? request.body.lines : []))
    expect(sent).toHaveLength(2000)
    expect(store.getState().byText.get(lines[1999] ?? '')?.result.event).toMatchObject({
      source: { ip: '10.0.249.1', port: 1999 },
    })

    // Two lines added: one new, one a seeded sample already parsed; only the new one is sent.
    const sentBefore = port.sent.length
    store.getState().setText(`${lines.join('\n')}\nLocked my.conf\n${seeded.split('\n')[0]}`)
    await controller.parseNow()
    const after = port.sent.slice(sentBefore)
    expect(after.map((request) => request.type === 'parse' && request.body.lines)).toEqual([
      ['Locked my.conf'],
    ])
    controller.stop()
  })

  it('drops answers computed for a parser that has since been reloaded', async () => {
    const { store, controller } = await startedPlayground()
    const rev = store.getState().format?.rev ?? 0
    store.getState().setText('Unlocked esx.conf')
    const parsing = controller.parseNow()
    await controller.load()
    await parsing
    expect(store.getState().format?.rev).toBe(rev + 1)
    expect(store.getState().byText.get('Unlocked esx.conf')?.result.trace.rule).not.toBeNull()
    controller.stop()
  })

  it('compares lines with samples and fetches field descriptions on demand', async () => {
    const { store, controller } = await startedPlayground()
    const sample = store.getState().samples.find((entry) => entry.name === 'NETWORK_SOURCE')
    expect(sample).toBeDefined()
    if (!sample) return
    await controller.ensureCheck(sample.name, sample.message)
    expect(store.getState().checks.get(checkKey(sample.name, sample.message))?.pass).toBe(true)
    await controller.ensureCheck(sample.name, `${sample.message}0`)
    expect(store.getState().checks.get(checkKey(sample.name, `${sample.message}0`))?.pass).toBe(
      false,
    )
    await controller.ensureDocs(['source.ip', 'no.such.field'])
    expect(store.getState().docs['source.ip']?.type).toBe('ip')
    expect(store.getState().docs['no.such.field']).toBeNull()
    controller.stop()
  })
})

describe('PlaygroundController with an edited or another format', () => {
  it('recompiles an edit of the definition, keeping the last good parser while it is broken', async () => {
    const { store, controller } = await startedPlayground()
    const format = store.getState().format
    if (!format) throw new Error('no format loaded')
    const broken = format.sourceDefinition.replace('%{IP:source_ip} port', '%{NOPE:source_ip} port')
    store.getState().setDefinition(format.uuid, broken, format.sourceDefinition)
    await vi.waitFor(() => expect(store.getState().format?.definition.text).toBe(broken))
    expect(store.getState().format?.definitionState).toBe('broken-using-last-good')
    expect(store.getState().samples.every((sample) => sample.pass)).toBe(true)
    store.getState().setDefinition(format.uuid, format.sourceDefinition, format.sourceDefinition)
    await vi.waitFor(() => expect(store.getState().format?.definitionState).toBe('ok'))
    expect(store.getState().regression).toMatchObject({ passing: 34, total: 34, nowFail: [] })
    controller.stop()
  })

  it('opens another format with its samples as the lines, and goes back to the built-in one', async () => {
    const { store, controller } = await startedPlayground()
    const folder = { kind: 'folder', name: 'tiny', files: TINY_FORMAT } as const
    expect(await controller.openFormat(folder)).toBe(true)
    expect(store.getState().format?.name).toBe(TINY_FORMAT_NAME)
    expect(store.getState().formatSource).toBe(folder)
    expect(store.getState().samples.map((sample) => sample.pass)).toEqual([true, true])
    expect(store.getState().text).toBe('hello alice from 10.0.0.1\nhello bob from 192.168.1.20')
    expect(await controller.openFormat({ kind: 'builtin' })).toBe(true)
    expect(store.getState().samples).toHaveLength(34)
    expect(store.getState().text?.split('\n')).toHaveLength(34)
    controller.stop()
  })

  it('refuses a folder without a working parser, says why and keeps the current format', async () => {
    const { store, controller } = await startedPlayground()
    const rev = store.getState().format?.rev ?? 0
    const { [PARSER_FILE]: _parser, ...withoutParser } = TINY_FORMAT
    const taken = await controller.openFormat({ kind: 'folder', name: 'x', files: withoutParser })
    expect(taken).toBe(false)
    expect(store.getState().formatError).toContain('missing ingest/parser.yml')
    expect(store.getState().format?.name).toBe('VMware ESXi')
    expect(store.getState().format?.rev).toBeGreaterThan(rev)
    expect(store.getState().formatSource).toEqual({ kind: 'builtin' })
    controller.stop()
  })

  it('opens a folder one of whose tests does not read: the problem is kept, the others run', async () => {
    const { store, controller } = await startedPlayground()
    const badTest = { ...TINY_FORMAT, 'tests/BAD.json': '{ "input": ' }
    expect(await controller.openFormat({ kind: 'folder', name: 'y', files: badTest })).toBe(true)
    const { format, formatError, samples } = store.getState()
    expect(formatError).toBeNull()
    expect(format?.diagnostics.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      'tests/BAD.json:1',
    ])
    expect(samples.map((sample) => [sample.name, sample.pass])).toEqual([
      ['GREETING_alice', true],
      ['GREETING_bob', true],
    ])
    controller.stop()
  })
})

describe('PlaygroundController after a watchdog restart', () => {
  it('loads the chosen format as edited into the new worker, not the built-in one', async () => {
    const ports: ReturnType<typeof inProcessPort>[] = []
    let hang = false
    // The first worker stops answering once `hang` is set, as a runaway parse would.
    const spawn = (): WorkerPort => {
      const port = inProcessPort(readFormatFolder())
      ports.push(port)
      const first = ports.length === 1
      return {
        ...port,
        post: (request) => (hang && first ? port.sent.push(request) : port.post(request)),
      }
    }
    const store = createPlaygroundStore(lazyJsonStorage<Persisted>(memoryStorage()))
    const controller = new PlaygroundController(spawn, store, 500)
    await controller.start()
    const format = store.getState().format
    if (!format) throw new Error('no format loaded')
    const edited = format.sourceDefinition.replace('Connection from)', 'Connexion from)')
    store.getState().setDefinition(format.uuid, edited, format.sourceDefinition)
    store.getState().setPlatformChoice('2025')
    await vi.waitFor(() => expect(store.getState().format?.platform).toBe('2025'))
    expect(store.getState().format?.definition.text).toBe(edited)

    hang = true
    store.getState().setText('a line the hung worker never answers')
    void controller.parseNow()
    await vi.waitFor(() => expect(ports).toHaveLength(2), { timeout: 5000 })
    await vi.waitFor(() => expect(store.getState().format?.rev).toBeGreaterThan(format.rev + 1))
    const loads = ports[1]?.sent.filter((request) => request.type === 'load') ?? []
    expect(loads.map((request) => request.type === 'load' && request.body)).toEqual([
      expect.objectContaining({
        definition: edited,
        platform: '2025',
        source: { kind: 'builtin' },
      }),
    ])
    expect(store.getState().format).toMatchObject({ platform: '2025', definitionState: 'ok' })
    controller.stop()
  })
})

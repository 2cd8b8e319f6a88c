import { describe, expect, it } from 'vitest'
import { createPlaygroundStore, type Persisted } from '../store/create'
import { lazyJsonStorage } from '../store/lazyStorage'
import { checkKey } from '../store/results'
import { readFormatFolder } from '../testing/formatFolder'
import { inProcessPort } from '../testing/inProcessPort'
import { memoryStorage } from '../testing/memoryStorage'
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

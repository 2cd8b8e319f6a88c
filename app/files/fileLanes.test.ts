import { describe, expect, it } from 'vitest'
import { PlaygroundController } from '../results/controller'
import { createPlaygroundStore, type Persisted } from '../store/create'
import { lazyJsonStorage } from '../store/lazyStorage'
import { readFormatFolder } from '../testing/formatFolder'
import { inProcessPort } from '../testing/inProcessPort'
import { memoryStorage } from '../testing/memoryStorage'
import { ParserClient } from '../worker/client'
import { HelperLane, helpersFor } from './fileLanes'

const files = readFormatFolder()

/** A playground whose worker has loaded the ESXi format, and a helper lane beside it. */
async function playgroundWithHelper() {
  const store = createPlaygroundStore(lazyJsonStorage<Persisted>(memoryStorage()))
  const controller = new PlaygroundController(() => inProcessPort(files), store)
  await controller.start()
  const helper = new HelperLane(
    (onRestart) => new ParserClient(() => inProcessPort(files), { onRestart }),
    store,
  )
  return { store, controller, helper }
}

describe('file lanes', () => {
  it('uses one helper per core beyond those of the page and the main worker, three at most', () => {
    expect([undefined, 1, 2, 3, 4, 16].map(helpersFor)).toEqual([0, 0, 0, 1, 2, 3])
  })

  it('a helper loads the format the page shows and runs under its own revision', async () => {
    const { controller, helper } = await playgroundWithHelper()
    const rev = await helper.revision()
    expect(rev).toBeGreaterThan(0)
    // Asked again, it does not load again.
    expect(await helper.revision()).toBe(rev)
    controller.stop()
    helper.client.dispose()
  })

  it('a helper stays out while the page parses with another parser than the one it would load', async () => {
    const { store, controller, helper } = await playgroundWithHelper()
    const format = store.getState().format
    if (!format) throw new Error('the format did not load')
    // The edit is wanted but not compiled by the page's worker yet: the helper would load it, and
    // the rows of the two parsers must not mix.
    const edited = format.sourceDefinition.replace(
      'observer.vendor: VMware',
      'observer.vendor: VMware Inc.',
    )
    expect(edited).not.toBe(format.sourceDefinition)
    store.getState().setDefinition(format.uuid, edited, format.sourceDefinition)
    expect(await helper.revision()).toBeNull()
    controller.stop()
    helper.client.dispose()
  })

  it('a helper does not help while the definition does not compile', async () => {
    const { store, controller, helper } = await playgroundWithHelper()
    const format = store.getState().format
    if (!format) throw new Error('the format did not load')
    store.getState().setFormat({ ...format, definitionState: 'broken-using-last-good' })
    expect(await helper.revision()).toBeNull()
    controller.stop()
    helper.client.dispose()
  })
})

import { describe, expect, it } from 'vitest'
import { lineResult } from '../testing/lineResult'
import { newStore, savedBy } from '../testing/persistedStore'
import type { FormatSummary } from '../worker/protocol'
import { createPlaygroundStore, PERSIST_KEY, PERSIST_VERSION, type Persisted } from './create'
import { lazyJsonStorage } from './lazyStorage'
import { EMPTY_PROGRESS } from './learn'
import { DEFAULT_FRAMING, nextTheme } from './preferences'
import { filterSamples } from './samples'

const sampleA = { name: 'A_SAMPLE', message: 'first message', pass: true }
const sampleB = { name: 'B_SAMPLE', message: 'second message', pass: false }

function summary(rev: number): FormatSummary {
  return {
    rev,
    name: 'VMware ESXi',
    slug: 'vmware-esxi',
    uuid: 'test-uuid',
    rules: [],
    diagnostics: [],
    definition: { file: 'ingest/parser.yml', text: '' },
    sourceDefinition: '',
    definitionState: 'ok',
    platform: '2023',
    manifestPlatform: '2023',
    customPatterns: {},
    samples: [sampleA, sampleB],
  }
}

describe('playground store', () => {
  it('keeps results for the current parser only, and forgets them when the parser changes', () => {
    const { store } = newStore()
    store.getState().setFormat(summary(1))
    store.getState().addResults(1, DEFAULT_FRAMING, [lineResult('x')])
    store.getState().addResults(0, DEFAULT_FRAMING, [lineResult('stale')])
    expect([...store.getState().byText.keys()]).toEqual(['x'])
    expect(store.getState().samples).toEqual([sampleA, sampleB])
    store.getState().setFormat(summary(2))
    expect(store.getState().byText.size).toBe(0)
  })

  it('keeps results for the current framing setting only, and forgets them when it changes', () => {
    const { store } = newStore()
    store.getState().setFormat(summary(1))
    const off = { enabled: false, timezone: 'UTC' }
    store.getState().addResults(1, DEFAULT_FRAMING, [lineResult('framed')])
    store.getState().addResults(1, off, [lineResult('parsed unframed')])
    expect([...store.getState().byText.keys()]).toEqual(['framed'])
    store.getState().setFraming({ ...DEFAULT_FRAMING })
    expect(store.getState().byText.size).toBe(1)
    store.getState().setFraming(off)
    expect(store.getState().byText.size).toBe(0)
    store.getState().addResults(1, DEFAULT_FRAMING, [lineResult('late answer')])
    store.getState().addResults(1, { ...off }, [lineResult('unframed')])
    expect([...store.getState().byText.keys()]).toEqual(['unframed'])
  })

  it('opens a sample on the line that already holds its message, or appends it', () => {
    const { store } = newStore()
    store.getState().setText('one\nsecond message\nthree')
    store.getState().openSample(sampleB)
    expect(store.getState()).toMatchObject({
      text: 'one\nsecond message\nthree',
      cursorLine: 2,
      tab: 'diff',
      pin: { line: 2, sample: 'B_SAMPLE' },
      reveal: { line: 2, seq: 1 },
      externalEdits: 1,
    })
    store.getState().openSample(sampleA)
    expect(store.getState().text).toBe('one\nsecond message\nthree\nfirst message')
    expect(store.getState().pin).toEqual({ line: 4, sample: 'A_SAMPLE' })
    expect(store.getState().reveal).toEqual({ line: 4, seq: 2 })
  })

  it('counts text changes made outside the editor, not the ones typed in it', () => {
    const { store } = newStore()
    store.getState().setText('typed')
    expect(store.getState().externalEdits).toBe(0)
    store.getState().replaceText('seeded')
    expect(store.getState()).toMatchObject({ text: 'seeded', externalEdits: 1 })
  })

  it('moves the pin with its line and drops it when the line goes', () => {
    const { store } = newStore()
    store.getState().openSample(sampleA)
    expect(store.getState().text).toBe('first message')
    store.getState().movePin(3)
    expect(store.getState().pin).toEqual({ line: 3, sample: 'A_SAMPLE' })
    store.getState().movePin(null)
    expect(store.getState().pin).toBeNull()
  })

  it('persists the input, tab, theme, layout, framing, view, learning progress, format choices and Expected drafts under a versioned key, and nothing else', () => {
    const { memory, storage, store } = newStore()
    store.getState().setText('a line')
    store.getState().setTheme('dark')
    store.getState().setFraming({ enabled: false, timezone: 'Europe/Paris' })
    store.getState().setLayout('main', { samples: 20, editor: 50, output: 30 })
    store.getState().setFormat(summary(1))
    storage.flush()
    const saved = JSON.parse(memory.items.get(PERSIST_KEY) ?? '{}')
    expect(saved.version).toBe(PERSIST_VERSION)
    expect(saved.state).toEqual({
      text: 'a line',
      tab: 'event',
      theme: 'dark',
      layouts: { main: { samples: 20, editor: 50, output: 30 } },
      framing: { enabled: false, timezone: 'Europe/Paris' },
      view: 'workbench',
      learn: EMPTY_PROGRESS,
      userSamples: [],
      formatSource: { kind: 'builtin' },
      sourceUuid: 'test-uuid',
      definitions: {},
      platformChoice: null,
      mainTab: 'logs',
      watchdogMs: 1000,
      expectedDrafts: {},
    })
    const reloaded = createPlaygroundStore(lazyJsonStorage<Persisted>(memory))
    expect(reloaded.getState().text).toBe('a line')
    expect(reloaded.getState().theme).toBe('dark')
    expect(reloaded.getState().framing).toEqual({ enabled: false, timezone: 'Europe/Paris' })
  })

  it('discards a saved state of another version', () => {
    const { store } = newStore(savedBy(PERSIST_VERSION + 1, { text: 'future' }))
    expect(store.getState().text).toBeNull()
  })

  it('records unknown fields as asked, so they are not asked again', () => {
    const { store } = newStore()
    store
      .getState()
      .addDocs(['source.ip', 'x.y'], { 'source.ip': { type: 'ip', description: 'd' } })
    expect(store.getState().docs).toEqual({
      'source.ip': { type: 'ip', description: 'd' },
      'x.y': null,
    })
  })
})

describe('filterSamples and nextTheme', () => {
  it('filters by name (case-insensitive) and status', () => {
    expect(filterSamples([sampleA, sampleB], 'b_s', 'all')).toEqual([sampleB])
    expect(filterSamples([sampleA, sampleB], '', 'pass')).toEqual([sampleA])
    expect(filterSamples([sampleA, sampleB], 'sample', 'fail')).toEqual([sampleB])
  })

  it('cycles the theme choice', () => {
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual([
      'light',
      'dark',
      'system',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { newStore, savedBy, VERSION_1_STATE, VERSION_3_STATE } from '../testing/persistedStore'
import type { FormatSummary, SampleStatus } from '../worker/protocol'
import { editedDefinition, editOf, KEPT_FOLDER_CHARS } from './formatSource'

function summary(rev: number, uuid: string, samples: SampleStatus[]): FormatSummary {
  return {
    rev,
    name: 'Format',
    slug: 'format',
    uuid,
    rules: [],
    diagnostics: [],
    definition: { file: 'ingest/parser.yml', text: 'edited' },
    sourceDefinition: 'original',
    definitionState: 'ok',
    platform: '2023',
    manifestPlatform: '2023',
    customPatterns: {},
    samples,
  }
}

const sample = (name: string, pass: boolean) => ({ name, message: name, pass })

describe('format source slice', () => {
  it('keeps an edit under the loaded format’s uuid, and drops it when it equals the source', () => {
    const { store } = newStore()
    expect(editedDefinition(store.getState())).toBeNull()
    store.getState().setFormat(summary(1, 'U1', []))
    store.getState().setDefinition('U1', 'edited', 'original')
    expect(editedDefinition(store.getState())).toBe('edited')
    store.getState().setDefinition('U1', 'original', 'original')
    expect(store.getState().definitions).toEqual({})
  })

  it('forgets which uuid and platform applied when another format is chosen, not the edits', () => {
    const { store } = newStore()
    store.getState().setFormat(summary(1, 'U1', []))
    store.getState().setDefinition('U1', 'edited', 'original')
    store.getState().setPlatformChoice('2025')
    store.getState().setFormatSource({ kind: 'folder', name: 'other', files: {} })
    expect(store.getState()).toMatchObject({ sourceUuid: null, platformChoice: null })
    expect(editedDefinition(store.getState())).toBeNull()
    expect(store.getState().definitions).toEqual({ U1: 'edited' })
  })

  it('compares each revision’s samples with the previous revision of the same format', () => {
    const { store } = newStore()
    store.getState().setFormat(summary(1, 'U1', [sample('A', true), sample('B', true)]))
    expect(store.getState().regression).toBeNull()
    store.getState().setFormat(summary(2, 'U1', [sample('A', true), sample('B', false)]))
    expect(store.getState().regression).toEqual({
      passing: 1,
      total: 2,
      nowFail: ['B'],
      nowPass: [],
    })
    store.getState().setFormat(summary(3, 'U2', [sample('B', false)]))
    expect(store.getState().regression).toBeNull()
  })

  it('persists the source, the edits and the platform across a reload', () => {
    const first = newStore()
    const files = { 'ingest/parser.yml': 'pipeline: []' }
    first.store.getState().setFormatSource({ kind: 'folder', name: 'mine', files })
    first.store.getState().setFormat(summary(1, 'U1', []))
    first.store.getState().setDefinition('U1', 'edited', 'original')
    first.store.getState().setPlatformChoice('2024')
    first.store.getState().setMainTab('parser')
    first.storage.flush()
    const { store } = newStore(Object.fromEntries(first.memory.items))
    expect(store.getState()).toMatchObject({
      formatSource: { kind: 'folder', name: 'mine', files },
      sourceUuid: 'U1',
      definitions: { 'folder:U1': 'edited' },
      platformChoice: '2024',
      mainTab: 'parser',
    })
  })

  it('keeps no folder too large for the browser’s storage: a reload starts with the built-in one', () => {
    const first = newStore()
    const files = { 'ingest/parser.yml': 'x'.repeat(KEPT_FOLDER_CHARS + 1) }
    first.store.getState().setFormatSource({ kind: 'folder', name: 'huge', files })
    first.store.getState().setFormat(summary(1, 'U1', []))
    first.storage.flush()
    const { store } = newStore(Object.fromEntries(first.memory.items))
    expect(store.getState()).toMatchObject({ formatSource: { kind: 'builtin' }, sourceUuid: null })
  })

  it('migrates a version 2 state to the built-in format with no edits', () => {
    const v2 = { ...VERSION_1_STATE, userSamples: [{ name: 'MINE', message: 'm', expected: {} }] }
    const { store } = newStore(savedBy(2, v2))
    expect(store.getState()).toMatchObject({
      text: 'old text',
      userSamples: v2.userSamples,
      formatSource: { kind: 'builtin' },
      sourceUuid: null,
      definitions: {},
      platformChoice: null,
      mainTab: 'logs',
    })
  })

  it('keeps the built-in format’s edit apart from a folder’s of the same format', () => {
    const { store } = newStore()
    store.getState().setFormat(summary(1, 'U1', []))
    store.getState().setDefinition('U1', 'built-in edit', 'original')
    // An upstream checkout of the same format: same uuid, another parser.yml.
    const files = { 'ingest/parser.yml': 'upstream' }
    store.getState().setFormatSource({ kind: 'folder', name: 'upstream', files })
    store.getState().setFormat(summary(2, 'U1', []))
    expect(editOf(store.getState(), 'U1')).toBeNull()
    expect(editedDefinition(store.getState())).toBeNull()
    store.getState().setDefinition('U1', 'folder edit', 'upstream')
    expect(editedDefinition(store.getState())).toBe('folder edit')
    store.getState().setFormatSource({ kind: 'builtin' })
    expect(editOf(store.getState(), 'U1')).toBe('built-in edit')
  })

  it('moves the edit of the folder open under version 4 to the folder’s key', () => {
    const files = { 'ingest/parser.yml': 'upstream' }
    const version4 = {
      ...VERSION_3_STATE,
      formatSource: { kind: 'folder', name: 'upstream', files },
      sourceUuid: 'U1',
      definitions: { U1: 'folder edit', U2: 'built-in edit' },
      expectedDrafts: {},
    }
    const { store } = newStore(savedBy(4, version4))
    expect(store.getState().definitions).toEqual({
      'folder:U1': 'folder edit',
      U2: 'built-in edit',
    })
    expect(editedDefinition(store.getState())).toBe('folder edit')
  })
})

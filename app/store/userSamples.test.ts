import { describe, expect, it } from 'vitest'
import { newStore, savedBy, VERSION_1_STATE } from '../testing/persistedStore'
import { createPlaygroundStore, type Persisted } from './create'
import { lazyJsonStorage } from './lazyStorage'

const event = { message: 'a line', event: { kind: 'event' } }

describe('user samples', () => {
  it('names a new sample after its rule, suffixed when the name is taken', () => {
    const { store } = newStore()
    expect(store.getState().addUserSample('AUTH_SSH', 'a line', event)).toBe('AUTH_SSH')
    expect(store.getState().addUserSample('AUTH_SSH', 'b line', event)).toBe('AUTH_SSH_2')
    expect(store.getState().addUserSample(null, 'c line', event)).toBe('sample')
    expect(store.getState().userSamples.map((sample) => sample.message)).toEqual([
      'a line',
      'b line',
      'c line',
    ])
  })

  it('puts a deleted sample back in its place on undo, once', () => {
    const { store } = newStore()
    store.getState().addUserSample('A', 'a', event)
    store.getState().addUserSample('B', 'b', event)
    store.getState().deleteUserSample('A')
    expect(store.getState().userSamples.map((sample) => sample.name)).toEqual(['B'])
    expect(store.getState().undoable?.label).toBe('Deleted A.')
    store.getState().undo()
    store.getState().undo()
    expect(store.getState().userSamples.map((sample) => sample.name)).toEqual(['A', 'B'])
  })

  it('renames only to a free, file-safe name, and undoes the rename', () => {
    const { store } = newStore()
    store.getState().addUserSample('A', 'a', event)
    store.getState().addUserSample('B', 'b', event)
    expect(store.getState().renameUserSample('A', 'b')).toBe('b is already taken')
    expect(store.getState().renameUserSample('A', '  ')).toBe('a name is needed')
    expect(store.getState().renameUserSample('A', 'my sample')).toBeNull()
    expect(store.getState().userSamples.map((sample) => sample.name)).toEqual(['my_sample', 'B'])
    store.getState().undo()
    expect(store.getState().userSamples.map((sample) => sample.name)).toEqual(['A', 'B'])
  })

  it('duplicates under a free name', () => {
    const { store } = newStore()
    store.getState().addUserSample('A', 'a', event)
    store.getState().duplicateUserSample('A')
    expect(store.getState().userSamples.map((sample) => sample.name)).toEqual(['A', 'A_2'])
  })

  it('accepts the actual event as expected, with undo', () => {
    const { store } = newStore()
    store.getState().addUserSample('A', 'a', event)
    const actual = { message: 'a', event: { kind: 'alert' } }
    store
      .getState()
      .setUserChecks([
        { sample: 'A', text: 'a', pass: false, expected: event, actual, event: actual },
      ])
    store.getState().acceptActual('A')
    expect(store.getState().userSamples[0]?.expected).toEqual(actual)
    store.getState().undo()
    expect(store.getState().userSamples[0]?.expected).toEqual(event)
  })

  it('keeps them across a reload', () => {
    const { memory, storage, store } = newStore()
    store.getState().addUserSample('A', 'a', event)
    storage.flush()
    const reloaded = createPlaygroundStore(lazyJsonStorage<Persisted>(memory))
    expect(reloaded.getState().userSamples).toEqual([{ name: 'A', message: 'a', expected: event }])
  })

  it('migrates a version 1 state, keeping its input and starting with no user samples', () => {
    const { store } = newStore(savedBy(1, VERSION_1_STATE))
    expect(store.getState().text).toBe('old text')
    expect(store.getState().theme).toBe('dark')
    expect(store.getState().userSamples).toEqual([])
  })

  it('discards a version 1 state missing a field instead of misreading it', () => {
    const { store } = newStore(savedBy(1, { text: 'partial' }))
    expect(store.getState().text).toBeNull()
  })
})

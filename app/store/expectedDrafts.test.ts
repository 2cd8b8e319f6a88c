import { describe, expect, it } from 'vitest'
import { newStore, savedBy, VERSION_3_STATE } from '../testing/persistedStore'
import { PERSIST_KEY } from './create'
import { draftOf, KEPT_DRAFT_CHARS, keptDrafts } from './expectedDrafts'

const event = { message: 'a line' }
const broken = '{\n  "message": "a line",\n'

/** A store with user samples A and B, as the page has it before a reload. */
function withSamples() {
  const page = newStore()
  page.store.getState().addUserSample('A', 'a line', event)
  page.store.getState().addUserSample('B', 'b line', event)
  return page
}

/** The store a reload of `page` finds. */
function reloaded(page: ReturnType<typeof newStore>) {
  page.storage.flush()
  return newStore(Object.fromEntries(page.memory.items)).store
}

describe('Expected drafts', () => {
  it('keeps the invalid text of a user sample across a reload, and of no other sample', () => {
    const page = withSamples()
    page.store.getState().keepExpectedDraft('A', broken)
    page.store.getState().keepExpectedDraft('BUILTIN_SAMPLE', broken)
    expect(page.store.getState().expectedDrafts).toEqual({ A: { text: broken, cut: false } })
    const store = reloaded(page)
    expect(store.getState().expectedDrafts).toEqual({ A: { text: broken, cut: false } })
    expect(store.getState().userSamples.map((sample) => sample.expected)).toEqual([event, event])
  })

  it('drops the draft once the text is a valid event again', () => {
    const page = withSamples()
    page.store.getState().keepExpectedDraft('A', broken)
    page.store.getState().setExpected('A', { message: 'fixed' })
    expect(page.store.getState().expectedDrafts).toEqual({})
    expect(reloaded(page).getState().userSamples[0]?.expected).toEqual({ message: 'fixed' })
  })

  it('drops the draft of a deleted sample, and brings it back with the sample on undo', () => {
    const page = withSamples()
    page.store.getState().keepExpectedDraft('A', broken)
    page.store.getState().keepExpectedDraft('B', '[')
    page.store.getState().deleteUserSample('A')
    expect(page.store.getState().expectedDrafts).toEqual({ B: { text: '[', cut: false } })
    page.store.getState().keepExpectedDraft('B', '[1')
    page.store.getState().undo()
    expect(page.store.getState().expectedDrafts).toEqual({
      A: { text: broken, cut: false },
      B: { text: '[1', cut: false },
    })
  })

  it('follows its sample through a rename and back through the undo', () => {
    const page = withSamples()
    page.store.getState().keepExpectedDraft('A', broken)
    expect(page.store.getState().renameUserSample('A', 'RENAMED')).toBeNull()
    expect(page.store.getState().expectedDrafts).toEqual({ RENAMED: { text: broken, cut: false } })
    page.store.getState().undo()
    expect(page.store.getState().expectedDrafts).toEqual({ A: { text: broken, cut: false } })
  })

  it('gives way to an accepted actual event, and comes back when the accept is undone', () => {
    const page = withSamples()
    const actual = { message: 'a line', event: { kind: 'event' } }
    page.store
      .getState()
      .setUserChecks([
        { sample: 'A', text: 'a line', pass: false, expected: event, actual, event: actual },
      ])
    page.store.getState().keepExpectedDraft('A', broken)
    page.store.getState().acceptActual('A')
    expect(page.store.getState().expectedDrafts).toEqual({})
    page.store.getState().undo()
    expect(page.store.getState().expectedDrafts).toEqual({ A: { text: broken, cut: false } })
  })

  it('keeps the first KEPT_DRAFT_CHARS characters of a long draft, says it was cut, and keeps saying so', () => {
    const page = withSamples()
    const long = `[${'x'.repeat(KEPT_DRAFT_CHARS)}`
    page.store.getState().keepExpectedDraft('A', long)
    expect(draftOf(page.store.getState().expectedDrafts, 'A')?.text).toBe(long)
    const store = reloaded(page)
    expect(draftOf(store.getState().expectedDrafts, 'A')).toEqual({
      text: long.slice(0, KEPT_DRAFT_CHARS),
      cut: true,
    })
    store.getState().keepExpectedDraft('A', '[')
    expect(draftOf(store.getState().expectedDrafts, 'A')).toEqual({ text: '[', cut: true })
  })

  it('never cuts between the halves of a character outside the BMP', () => {
    const text = `${'x'.repeat(KEPT_DRAFT_CHARS - 1)}😀`
    const kept = keptDrafts({ A: { text, cut: false } }).A
    expect(kept).toEqual({ text: 'x'.repeat(KEPT_DRAFT_CHARS - 1), cut: true })
  })

  it('gives the storage the same object while no draft needs cutting, so nothing is rewritten', () => {
    const short = { A: { text: broken, cut: false } }
    expect(keptDrafts(short)).toBe(short)
    const long = { A: { text: 'x'.repeat(KEPT_DRAFT_CHARS + 1), cut: false } }
    expect(keptDrafts(long)).toBe(keptDrafts(long))
  })

  it('does not take what Object has for a draft: a sample may be called constructor', () => {
    const page = newStore()
    page.store.getState().addUserSample('constructor', 'a line', event)
    expect(draftOf(page.store.getState().expectedDrafts, 'constructor')).toBeNull()
    page.store.getState().keepExpectedDraft('constructor', broken)
    expect(draftOf(reloaded(page).getState().expectedDrafts, 'constructor')?.text).toBe(broken)
  })

  it('reads a damaged saved draft as no draft, and never throws on it', () => {
    const page = withSamples()
    page.store.getState().addUserSample('C', 'c line', event)
    page.store.getState().addUserSample('D', 'd line', event)
    page.storage.flush()
    const saved = JSON.parse(page.memory.items.get(PERSIST_KEY) ?? '{}')
    const drafts = {
      A: { text: 42 },
      B: 'not a draft',
      C: { text: `[${'x'.repeat(KEPT_DRAFT_CHARS)}`, cut: 'yes' },
      D: { text: '{' },
      GONE: { text: '{', cut: false },
    }
    for (const damaged of [drafts, 'text', null, [drafts]]) {
      const { store } = newStore(
        savedBy(saved.version, { ...saved.state, expectedDrafts: damaged }),
      )
      const kept = damaged === drafts ? ['C', 'D'] : []
      expect(Object.keys(store.getState().expectedDrafts)).toEqual(kept)
      expect(store.getState().userSamples).toHaveLength(4)
    }
    const { store } = newStore(savedBy(saved.version, { ...saved.state, expectedDrafts: drafts }))
    expect(draftOf(store.getState().expectedDrafts, 'C')?.cut).toBe(true)
    expect(draftOf(store.getState().expectedDrafts, 'C')?.text).toHaveLength(KEPT_DRAFT_CHARS)
    expect(draftOf(store.getState().expectedDrafts, 'D')).toEqual({ text: '{', cut: false })
  })

  it('migrates a version 3 state, keeping all it saved, with no drafts', () => {
    const { store } = newStore(savedBy(3, VERSION_3_STATE))
    expect(store.getState()).toMatchObject({
      text: 'old text',
      userSamples: VERSION_3_STATE.userSamples,
      platformChoice: '2023',
      watchdogMs: 2000,
      expectedDrafts: {},
    })
  })

  it('migrates a version 3 state saved before the watchdog setting, with its default', () => {
    const { watchdogMs: _added, ...older } = VERSION_3_STATE
    const { store } = newStore(savedBy(3, older))
    expect(store.getState()).toMatchObject({ platformChoice: '2023', watchdogMs: 1000 })
  })

  it('discards a version 3 state missing a field instead of misreading it', () => {
    const { mainTab: _missing, ...partial } = VERSION_3_STATE
    const { store } = newStore(savedBy(3, partial))
    expect(store.getState()).toMatchObject({ text: null, userSamples: [] })
  })
})

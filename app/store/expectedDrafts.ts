import type { StateCreator } from 'zustand'
import type { PlaygroundState } from './types'

/** What the user typed in a sample's Expected editor while it was not a valid event. */
export interface ExpectedDraft {
  text: string
  /** The draft lost its end when it was saved for a reload: it was longer than KEPT_DRAFT_CHARS. */
  cut: boolean
}

/** Drafts by user sample name; a sample without one has its valid expected event as its text. */
export type ExpectedDrafts = Readonly<Record<string, ExpectedDraft>>

/**
 * Characters of one draft kept across reloads at most (256 KiB of UTF-16): localStorage holds
 * some 5 MB in all, and the input and the format's folder are kept there too.
 */
export const KEPT_DRAFT_CHARS = 256 * 1024

export interface ExpectedDraftsSlice {
  expectedDrafts: ExpectedDrafts
  /** Keeps the invalid text of user sample `name`; a valid edit goes to setExpected instead. */
  keepExpectedDraft: (name: string, text: string) => void
}

/** The draft of sample `name`, if any: a name like `constructor` must not find Object's own. */
export function draftOf(drafts: ExpectedDrafts, name: string): ExpectedDraft | null {
  return Object.hasOwn(drafts, name) ? (drafts[name] ?? null) : null
}

export function withoutDraft(drafts: ExpectedDrafts, name: string): ExpectedDrafts {
  if (!Object.hasOwn(drafts, name)) return drafts
  const { [name]: _dropped, ...others } = drafts
  return others
}

/** The drafts once sample `from` is called `to`. */
export function renamedDraft(drafts: ExpectedDrafts, from: string, to: string): ExpectedDrafts {
  const draft = draftOf(drafts, from)
  return draft ? { ...withoutDraft(drafts, from), [to]: draft } : drafts
}

/**
 * The drafts once an undo brings back `samples`: those saved with the undone change, then the
 * ones typed since, for the samples that are back.
 */
export function restoredDrafts(
  saved: ExpectedDrafts,
  current: ExpectedDrafts,
  samples: readonly { name: string }[],
): ExpectedDrafts {
  const merged = { ...saved, ...current }
  return Object.fromEntries(
    samples.flatMap((sample) => {
      const draft = draftOf(merged, sample.name)
      return draft ? [[sample.name, draft]] : []
    }),
  )
}

/** Cuts `text` to the kept length, never between the two halves of a surrogate pair. */
function cutText(text: string): string {
  const end = KEPT_DRAFT_CHARS
  const last = text.charCodeAt(end - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end)
}

const keptByDrafts = new WeakMap<ExpectedDrafts, ExpectedDrafts>()

/**
 * The drafts as a reload should find them, each cut to KEPT_DRAFT_CHARS. The same object comes
 * back for the same drafts, so the storage sees nothing changed when they did not.
 */
export function keptDrafts(drafts: ExpectedDrafts): ExpectedDrafts {
  const entries = Object.entries(drafts)
  if (entries.every(([, draft]) => draft.text.length <= KEPT_DRAFT_CHARS)) return drafts
  let kept = keptByDrafts.get(drafts)
  if (!kept) {
    kept = Object.fromEntries(
      entries.map(([name, draft]) => [
        name,
        draft.text.length > KEPT_DRAFT_CHARS ? { text: cutText(draft.text), cut: true } : draft,
      ]),
    )
    keptByDrafts.set(drafts, kept)
  }
  return kept
}

function readDraft(saved: unknown): ExpectedDraft | null {
  if (typeof saved !== 'object' || saved === null) return null
  if (!('text' in saved) || typeof saved.text !== 'string') return null
  const cut = 'cut' in saved && saved.cut === true
  return saved.text.length > KEPT_DRAFT_CHARS
    ? { text: cutText(saved.text), cut: true }
    : { text: saved.text, cut }
}

/**
 * The drafts found in storage, for the samples that exist: anything else (an edited or damaged
 * storage) is dropped, not thrown on, and the samples show their valid events.
 */
export function readDrafts(saved: unknown, samples: readonly { name: string }[]): ExpectedDrafts {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {}
  const found = new Map<string, unknown>(Object.entries(saved))
  return Object.fromEntries(
    samples.flatMap((sample) => {
      const draft = readDraft(found.get(sample.name))
      return draft ? [[sample.name, draft]] : []
    }),
  )
}

export const createExpectedDraftsSlice: StateCreator<
  PlaygroundState,
  [],
  [],
  ExpectedDraftsSlice
> = (set) => ({
  expectedDrafts: {},
  keepExpectedDraft: (name, text) =>
    set((state) => {
      if (!state.userSamples.some((sample) => sample.name === name)) return {}
      const previous = draftOf(state.expectedDrafts, name)
      if (previous?.text === text) return {}
      const draft = { text, cut: previous?.cut ?? false }
      return { expectedDrafts: { ...state.expectedDrafts, [name]: draft } }
    }),
})

import type { StateCreator } from 'zustand'
import type { SampleDraft } from '../../parser/samples/index'
import { proposeName, safeName, uniqueName } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'
import type { UserSampleCheck } from '../worker/protocol'
import { type ExpectedDrafts, renamedDraft, restoredDrafts, withoutDraft } from './expectedDrafts'
import type { PlaygroundState } from './types'

/** The list as it was before a change the user may take back, and what to call that change. */
export interface Undoable {
  label: string
  samples: readonly SampleDraft[]
  /** The Expected editors' drafts then: deleting a sample drops its draft, its undo brings it back. */
  drafts: ExpectedDrafts
}

export interface UserSamplesSlice {
  /** Samples the user authored or imported; kept across reloads (built-in ones live in the format). */
  userSamples: readonly SampleDraft[]
  /** The worker's comparison of each user sample, by name; missing while unknown. */
  userChecks: ReadonlyMap<string, UserSampleCheck>
  /** The user sample whose expected event is open in the editor. */
  editing: string | null
  /** The last change that can be undone, offered until the next one. */
  undoable: Undoable | null
  /** Adds a sample, never taking a name in use; returns the name it got. */
  addUserSample: (wanted: string | null, message: string, expected: EcsEvent) => string
  setUserChecks: (checks: readonly UserSampleCheck[]) => void
  editSample: (name: string | null) => void
  /**
   * A valid edit of the expected event, as the user types: no undo entry per keystroke. The
   * sample's draft, if any, is dropped: the valid event is now what the editor holds.
   */
  setExpected: (name: string, expected: EcsEvent) => void
  acceptActual: (name: string) => void
  /** Renames a sample; the reason when the new name is empty or taken, else null. */
  renameUserSample: (from: string, to: string) => string | null
  duplicateUserSample: (name: string) => void
  deleteUserSample: (name: string) => void
  /** Adds samples whose names are already free (import picks them), with undo. */
  importUserSamples: (samples: readonly SampleDraft[]) => void
  undo: () => void
}

/** Every name in use, built-in and user alike: a new name must clash with neither. */
export function takenNames(state: PlaygroundState): string[] {
  return [
    ...(state.format?.samples ?? []).map((sample) => sample.name),
    ...state.userSamples.map((sample) => sample.name),
  ]
}

export const createUserSamplesSlice: StateCreator<PlaygroundState, [], [], UserSamplesSlice> = (
  set,
  get,
) => {
  /** Replaces the list and the drafts, remembering the old ones for Undo under `label`. */
  const change = (
    label: string,
    userSamples: readonly SampleDraft[],
    expectedDrafts: ExpectedDrafts = get().expectedDrafts,
  ) =>
    set((state) => ({
      userSamples,
      expectedDrafts,
      undoable: { label, samples: state.userSamples, drafts: state.expectedDrafts },
    }))
  const find = (name: string) => get().userSamples.find((sample) => sample.name === name)

  return {
    userSamples: [],
    userChecks: new Map(),
    editing: null,
    undoable: null,
    addUserSample: (wanted, message, expected) => {
      const name = proposeName(wanted, takenNames(get()))
      set((state) => ({ userSamples: [...state.userSamples, { name, message, expected }] }))
      return name
    },
    setUserChecks: (checks) =>
      set({ userChecks: new Map(checks.map((check) => [check.sample, check])) }),
    editSample: (editing) => set({ editing }),
    setExpected: (name, expected) =>
      set((state) => ({
        userSamples: state.userSamples.map((sample) =>
          sample.name === name ? { ...sample, expected } : sample,
        ),
        expectedDrafts: withoutDraft(state.expectedDrafts, name),
      })),
    acceptActual: (name) => {
      const event = get().userChecks.get(name)?.event
      if (!event) return
      change(
        `Accepted the actual event as ${name}'s expected.`,
        get().userSamples.map((sample) =>
          sample.name === name ? { ...sample, expected: event } : sample,
        ),
        withoutDraft(get().expectedDrafts, name),
      )
    },
    renameUserSample: (from, to) => {
      const wanted = safeName(to.trim())
      if (to.trim() === '' || wanted === from) return to.trim() === '' ? 'a name is needed' : null
      const others = takenNames(get()).filter((name) => name !== from)
      if (uniqueName(wanted, others) !== wanted) return `${wanted} is already taken`
      change(
        `Renamed ${from} to ${wanted}.`,
        get().userSamples.map((sample) =>
          sample.name === from ? { ...sample, name: wanted } : sample,
        ),
        renamedDraft(get().expectedDrafts, from, wanted),
      )
      set((state) => ({ editing: state.editing === from ? wanted : state.editing }))
      return null
    },
    duplicateUserSample: (name) => {
      const sample = find(name)
      if (!sample) return
      const copy = { ...sample, name: uniqueName(name, takenNames(get())) }
      change(`Duplicated ${name} as ${copy.name}.`, [...get().userSamples, copy])
    },
    deleteUserSample: (name) => {
      if (!find(name)) return
      change(
        `Deleted ${name}.`,
        get().userSamples.filter((sample) => sample.name !== name),
        withoutDraft(get().expectedDrafts, name),
      )
      set((state) => ({ editing: state.editing === name ? null : state.editing }))
    },
    importUserSamples: (samples) => {
      if (samples.length === 0) return
      change(`Imported ${samples.length} sample(s).`, [...get().userSamples, ...samples])
    },
    undo: () =>
      set((state) =>
        state.undoable
          ? {
              userSamples: state.undoable.samples,
              expectedDrafts: restoredDrafts(
                state.undoable.drafts,
                state.expectedDrafts,
                state.undoable.samples,
              ),
              undoable: null,
            }
          : {},
      ),
  }
}

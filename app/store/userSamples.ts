import type { StateCreator } from 'zustand'
import type { SampleDraft } from '../../parser/samples/index'
import { proposeName, uniqueName } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'
import type { PlaygroundState } from './types'

/** A deleted sample and where it was, so Undo puts it back in place. */
export interface DeletedSample {
  sample: SampleDraft
  index: number
}

export interface UserSamplesSlice {
  /** Samples the user authored or imported; kept across reloads (built-in ones live in the format). */
  userSamples: readonly SampleDraft[]
  /** The last deletion, offered for Undo until the next one. */
  lastDeleted: DeletedSample | null
  /** Adds a sample named after its rule, never taking a name in use; returns the name given. */
  addUserSample: (rule: string | null, message: string, expected: EcsEvent) => string
  deleteUserSample: (name: string) => void
  undoDelete: () => void
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
) => ({
  userSamples: [],
  lastDeleted: null,
  addUserSample: (rule, message, expected) => {
    const name = proposeName(rule, takenNames(get()))
    set((state) => ({ userSamples: [...state.userSamples, { name, message, expected }] }))
    return name
  },
  deleteUserSample: (name) =>
    set((state) => {
      const index = state.userSamples.findIndex((sample) => sample.name === name)
      const sample = state.userSamples[index]
      if (!sample) return {}
      return {
        userSamples: state.userSamples.filter((_, at) => at !== index),
        lastDeleted: { sample, index },
      }
    }),
  undoDelete: () =>
    set((state) => {
      const deleted = state.lastDeleted
      if (!deleted) return {}
      // A sample made since the deletion may have taken the name; the restored one then yields.
      const name = uniqueName(deleted.sample.name, takenNames(state))
      const userSamples = [...state.userSamples]
      userSamples.splice(deleted.index, 0, { ...deleted.sample, name })
      return { userSamples, lastDeleted: null }
    }),
})

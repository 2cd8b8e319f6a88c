import type { StateCreator } from 'zustand'
import type { PlatformProfile } from '../../parser/types'
import type { FormatSource } from '../worker/protocol'
import type { PlaygroundState } from './types'

export const BUILTIN_SOURCE: FormatSource = { kind: 'builtin' }
/** The name of the format bundled with the app, for the way back to it. */
export const BUILTIN_NAME = 'VMware ESXi'

/** What the user chose to parse with: which format, their edits of its parser.yml, which platform. */
export interface FormatSourceSlice {
  formatSource: FormatSource
  /**
   * The manifest uuid of the source as last loaded, under which its edit is kept; null for a
   * source not loaded yet (its uuid is learnt from the worker's answer).
   */
  sourceUuid: string | null
  /** Edited parser.yml texts by editKey; a format without an entry uses its own. */
  definitions: Readonly<Record<string, string>>
  /** The platform era to emulate; null: the one the format's manifest states. */
  platformChoice: PlatformProfile | null
  /** Why the last folder the user opened was refused; null when there is nothing to say. */
  formatError: string | null
  /** Switches to another format, forgetting the platform choice made for the previous one. */
  setFormatSource: (source: FormatSource) => void
  /**
   * Keeps `text` as the edit of format `uuid` from the current source, or drops the edit when it
   * equals the source's.
   */
  setDefinition: (uuid: string, text: string, sourceText: string) => void
  setPlatformChoice: (platform: PlatformProfile | null) => void
  setFormatError: (message: string | null) => void
}

export const createFormatSourceSlice: StateCreator<PlaygroundState, [], [], FormatSourceSlice> = (
  set,
) => ({
  formatSource: BUILTIN_SOURCE,
  sourceUuid: null,
  definitions: {},
  platformChoice: null,
  formatError: null,
  setFormatSource: (formatSource) =>
    set({ formatSource, sourceUuid: null, platformChoice: null, formatError: null, pin: null }),
  setDefinition: (uuid, text, sourceText) =>
    set((state) => {
      const key = editKey(state.formatSource, uuid)
      if (state.definitions[key] === text) return {}
      const { [key]: _previous, ...others } = state.definitions
      return { definitions: text === sourceText ? others : { ...others, [key]: text } }
    }),
  setPlatformChoice: (platformChoice) => set({ platformChoice }),
  setFormatError: (formatError) => set({ formatError }),
})

/**
 * Where the edit of format `uuid` from `source` is kept. The built-in format's edit and an opened
 * folder's are apart even for the same format (an upstream vmware-esxi folder has our uuid): an
 * edit replaces parser.yml whole, and the folder's is another text.
 */
export const editKey = (source: FormatSource, uuid: string): string =>
  source.kind === 'builtin' ? uuid : `folder:${uuid}`

/** The user's edit of format `uuid` from the current source, or null. */
export const editOf = (
  state: Pick<FormatSourceSlice, 'formatSource' | 'definitions'>,
  uuid: string,
): string | null => state.definitions[editKey(state.formatSource, uuid)] ?? null

/** The edit to send with a load of the current source: known once the source's uuid is. */
export function editedDefinition(state: PlaygroundState): string | null {
  return state.sourceUuid === null ? null : editOf(state, state.sourceUuid)
}

/** Characters of a folder's files kept across reloads at most: localStorage holds some 5 MB in all. */
export const KEPT_FOLDER_CHARS = 2_000_000

const sizes = new WeakMap<object, number>()
function sizeOf(files: Readonly<Record<string, string>>): number {
  let size = sizes.get(files)
  if (size === undefined) {
    size = Object.values(files).reduce((total, text) => total + text.length, 0)
    sizes.set(files, size)
  }
  return size
}

/**
 * The source as a reload should find it: a folder too large to keep is not kept (the reload
 * starts with the built-in format, its own edits still applying to it).
 */
export function keptSource(
  state: Pick<FormatSourceSlice, 'formatSource' | 'sourceUuid'>,
): Pick<FormatSourceSlice, 'formatSource' | 'sourceUuid'> {
  const { formatSource } = state
  if (formatSource.kind === 'folder' && sizeOf(formatSource.files) > KEPT_FOLDER_CHARS) {
    return { formatSource: BUILTIN_SOURCE, sourceUuid: null }
  }
  return { formatSource, sourceUuid: state.sourceUuid }
}

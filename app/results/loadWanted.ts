import type { PlatformProfile } from '../../parser/types'
import type { PlaygroundStore } from '../store/create'
import { editedDefinition } from '../store/formatSource'
import type { FormatSource } from '../worker/protocol'

/** What the worker is asked to load: the chosen format as the user edited it. */
export interface Wanted {
  source: FormatSource
  definition: string | null
  platform: PlatformProfile | null
}

export const sameWanted = (a: Wanted, b: Wanted | null): boolean =>
  b !== null && a.source === b.source && a.definition === b.definition && a.platform === b.platform

export function wantedBy(store: PlaygroundStore): Wanted {
  const state = store.getState()
  return {
    source: state.formatSource,
    definition: editedDefinition(state),
    platform: state.platformChoice,
  }
}

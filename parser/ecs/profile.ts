// engine.md §7: which post-processing each platform era performs.
import type { PlatformProfile } from '../types'

export interface EraBehaviour {
  /** "2023" removed event.outcome whatever its value. */
  removesOutcome: boolean
  /** url.original split into url.* ("newer eras only": every era after the seed's). */
  splitsUrl: boolean
  /** url.original taken from process.command_line when unset. */
  urlFromCommandLine: boolean
  /** url.full written. */
  writesUrlFull: boolean
}

export const ERAS: Readonly<Record<PlatformProfile, EraBehaviour>> = {
  '2023': {
    removesOutcome: true,
    splitsUrl: false,
    urlFromCommandLine: false,
    writesUrlFull: false,
  },
  '2024': {
    removesOutcome: false,
    splitsUrl: true,
    urlFromCommandLine: false,
    writesUrlFull: false,
  },
  '2025': {
    removesOutcome: false,
    splitsUrl: true,
    urlFromCommandLine: true,
    writesUrlFull: false,
  },
  '2026': { removesOutcome: false, splitsUrl: true, urlFromCommandLine: true, writesUrlFull: true },
}

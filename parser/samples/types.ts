import type { EcsEvent } from '../types'

/** A sample as an author edits it: the raw line and the event the format should produce. */
export interface SampleDraft {
  /** The file name without `.json`, e.g. 'AUTH_SSH_event_opened_2'. */
  name: string
  message: string
  expected: EcsEvent
}

/** What a test file says about its format: `input.sekoiaio.intake.dialect` / `dialect_uuid`. */
export interface SampleManifest {
  slug: string
  uuid: string
}

/** Why one file could not be read as a sample, at the place it went wrong (1-based). */
export interface SampleFileError {
  message: string
  line: number
  column: number
}

export type SampleFileRead =
  | { ok: true; sample: SampleDraft }
  | { ok: false; errors: SampleFileError[] }

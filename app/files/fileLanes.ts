// The workers a whole-file run hands its blocks to. The first lane is the playground's own worker,
// whose format the controller loads (and loads again after a watchdog restart); helper lanes are
// extra workers that load the same format themselves, so that a file is parsed on several cores.
import { wantedBy } from '../results/loadWanted'
import type { PlaygroundStore } from '../store/create'
import type { ParserClient } from '../worker/client'
import type { FormatSummary } from '../worker/protocol'

/**
 * What decides a file's rows besides the framing: the format, its era and the definition compiled.
 * null while the definition does not compile, since the last good parser goes on parsing.
 */
export function parserIdentity(format: FormatSummary | null): string | null {
  if (format?.definitionState !== 'ok') return null
  return JSON.stringify([format.uuid, format.name, format.platform, format.definition.text])
}

export interface FileLane {
  readonly client: ParserClient
  /** The revision to run blocks under; null when this lane cannot run the page's parser. */
  revision: () => Promise<number | null>
  /** After the watchdog restarted the worker on `rev`: the revision once the format is back. */
  reloaded: (rev: number) => Promise<number | null>
}

/** The playground's worker: its revisions are the store's. */
export class MainLane implements FileLane {
  readonly client: ParserClient
  private readonly store: PlaygroundStore

  constructor(client: ParserClient, store: PlaygroundStore) {
    this.client = client
    this.store = store
  }

  revision(): Promise<number> {
    return this.reloaded(0)
  }

  /** Waits for a format revision above `after` (a restarted worker's reload). */
  reloaded(after: number): Promise<number> {
    return new Promise((resolve) => {
      const now = this.store.getState().format?.rev ?? 0
      if (now > after) {
        resolve(now)
        return
      }
      const unsubscribe = this.store.subscribe((state) => {
        const rev = state.format?.rev ?? 0
        if (rev > after) {
          unsubscribe()
          resolve(rev)
        }
      })
    })
  }
}

/** Helpers beyond this many cost memory (a format and parser each) for little more speed. */
const MAX_HELPERS = 3

/**
 * Helper workers for a machine with `cores` cores: one per core beyond the page's and the main
 * worker's. On two cores a helper gained nothing measurable and slowed the page's own work enough
 * to make it miss frames (README, "Benchmarks").
 */
export const helpersFor = (cores: number | undefined): number =>
  Math.max(0, Math.min(MAX_HELPERS, (cores ?? 1) - 2))

/** Makes a helper's client; `onRestart` is called when its watchdog replaced the worker. */
export type HelperClient = (onRestart: () => void) => ParserClient

/**
 * An extra worker. It loads what the store wants and helps only when that compiles to the parser
 * the page shows: a definition being edited past the last good one, or a load answered for an
 * older wish, leaves the file to the main lane rather than mixing two parsers' rows.
 */
export class HelperLane implements FileLane {
  readonly client: ParserClient
  private readonly store: PlaygroundStore
  private loading: Promise<number | null> | null = null
  private loadedFor: string | null = null

  constructor(makeClient: HelperClient, store: PlaygroundStore) {
    this.client = makeClient(() => {
      this.loading = null
    })
    this.store = store
  }

  revision(): Promise<number | null> {
    const identity = parserIdentity(this.store.getState().format)
    if (identity === null) return Promise.resolve(null)
    if (this.loading === null || this.loadedFor !== identity) {
      this.loadedFor = identity
      this.loading = this.load(identity)
    }
    return this.loading
  }

  reloaded(): Promise<number | null> {
    return this.revision()
  }

  private async load(identity: string): Promise<number | null> {
    try {
      const answer = await this.client.request('load', { minRev: 1, ...wantedBy(this.store) })
      if (answer.status !== 'answered') return null
      return parserIdentity(answer.body) === identity ? answer.body.rev : null
    } catch {
      return null
    }
  }
}

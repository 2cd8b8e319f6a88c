// The blocks of a file still to run, handed to lanes in runs of consecutive blocks: a large run
// first, smaller ones as the file nears its end, so that each request is worth its round trip
// through the page and the lanes still finish close together. One lane takes the whole file.
import type { FileBlock, FileCount } from '../worker/fileRunProtocol'

/** A run of lines to parse, from `from` (past `block.start` once a lane that gave up began it). */
export interface PendingBlock {
  block: FileBlock
  from: number
}

export class BlockQueue {
  private readonly pending: PendingBlock[]

  constructor({ total, blocks }: FileCount) {
    this.pending = blocks.map((start, at) => ({
      block: { start, until: blocks[at + 1]?.line ?? total },
      from: start.line,
    }))
  }

  get size(): number {
    return this.pending.length
  }

  /** The next run for one of `lanes` lanes: about a (2 × lanes − 1)th of the blocks left. */
  next(lanes: number): PendingBlock | undefined {
    const first = this.pending.shift()
    if (!first) return undefined
    const wanted = Math.ceil((this.pending.length + 1) / (2 * Math.max(1, lanes) - 1))
    let until = first.block.until
    for (let taken = 1; taken < wanted; taken++) {
      const following = this.pending[0]
      // Only blocks nobody has begun join a run, and only where it ends.
      if (following?.block.start.line !== until || following.from !== until) break
      this.pending.shift()
      until = following.block.until
    }
    return { block: { start: first.block.start, until }, from: first.from }
  }

  /** A run a lane gave up on, for another lane to finish (from where it had got). */
  giveBack(run: PendingBlock): void {
    this.pending.unshift(run)
  }
}

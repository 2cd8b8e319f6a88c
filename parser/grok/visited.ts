// The matcher's memory of explored states: one bit per (state, input position). Only the words
// actually written are recorded, so resetting between lines costs what the last line used, not
// the size of the table.

export class VisitedStates {
  private bits: Int32Array = new Int32Array(0)
  /** Words per state row: state s at position p is bit p of row s. */
  private stride = 0
  private dirty: Int32Array = new Int32Array(1024)
  private dirtyCount = 0

  /** Forgets everything and sizes the table for `rows` states over a line of `length` units. */
  prepare(length: number, rows: number) {
    this.reset()
    this.stride = (length + 32) >> 5
    const needed = this.stride * rows
    if (this.bits.length < needed)
      this.bits = new Int32Array(Math.max(needed, this.bits.length * 2))
  }

  reset() {
    const { bits, dirty } = this
    for (let i = 0; i < this.dirtyCount; i++) bits[dirty[i] as number] = 0
    this.dirtyCount = 0
  }

  /** Marks state `row` at `pos` explored; true when it already was. */
  seen(row: number, pos: number): boolean {
    const word = row * this.stride + (pos >> 5)
    const mask = 1 << (pos & 31)
    const value = this.bits[word] as number
    if ((value & mask) !== 0) return true
    if (value === 0) {
      if (this.dirtyCount === this.dirty.length) {
        const bigger = new Int32Array(this.dirty.length * 2)
        bigger.set(this.dirty)
        this.dirty = bigger
      }
      this.dirty[this.dirtyCount++] = word
    }
    this.bits[word] = value | mask
    return false
  }
}

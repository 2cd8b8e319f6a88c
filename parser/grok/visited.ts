// The matcher's memory of explored states: one bit per (state, input position). A state's row of
// bits gets storage the first time the line touches it, and only the words actually written are
// recorded, so both memory and the reset between lines scale with what a line used, not with
// program size × line length.

export class VisitedStates {
  private bits: Int32Array = new Int32Array(0)
  /** Words per row: a state's bit for position p is bit p of its row. */
  private stride = 0
  /** Per state: where its row starts in `bits`, or -1 while the line has not touched it. */
  private rowStart: Int32Array = new Int32Array(0)
  private touched: Int32Array = new Int32Array(64)
  private touchedCount = 0
  private dirty: Int32Array = new Int32Array(1024)
  private dirtyCount = 0

  /** Forgets everything and gets ready for `rows` states over a line of `length` units. */
  prepare(length: number, rows: number) {
    this.reset()
    for (let i = 0; i < this.touchedCount; i++) this.rowStart[this.touched[i] as number] = -1
    this.touchedCount = 0
    if (this.rowStart.length < rows) this.rowStart = new Int32Array(rows).fill(-1)
    this.stride = (length + 32) >> 5
  }

  /** Forgets every explored state (the rows keep their storage until the next prepare). */
  reset() {
    const { bits, dirty } = this
    for (let i = 0; i < this.dirtyCount; i++) bits[dirty[i] as number] = 0
    this.dirtyCount = 0
  }

  /** Marks state `row` at `pos` explored; true when it already was. */
  seen(row: number, pos: number): boolean {
    let start = this.rowStart[row] as number
    if (start < 0) start = this.allocate(row)
    const word = start + (pos >> 5)
    const mask = 1 << (pos & 31)
    const value = this.bits[word] as number
    if ((value & mask) !== 0) return true
    if (value === 0) {
      if (this.dirtyCount === this.dirty.length) this.dirty = grown(this.dirty)
      this.dirty[this.dirtyCount++] = word
    }
    this.bits[word] = value | mask
    return false
  }

  private allocate(row: number): number {
    if (this.touchedCount === this.touched.length) this.touched = grown(this.touched)
    const start = this.touchedCount * this.stride
    this.touched[this.touchedCount++] = row
    if (this.bits.length < start + this.stride) {
      const bigger = new Int32Array(Math.max(start + this.stride, this.bits.length * 2))
      bigger.set(this.bits)
      this.bits = bigger
    }
    this.rowStart[row] = start
    return start
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

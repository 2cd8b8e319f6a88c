// Logs repeat the same few strings (list spellings, user agents): what is read from them is read once.

/** Longer keys are computed every time: a memo of them would hold megabytes of one-off text. */
const LONGEST_KEY = 1024

/** A memo of a pure function of strings; the bound keeps a hostile stream from growing it without limit. */
export class BoundedMemo<T> {
  private readonly entries = new Map<string, T>()

  constructor(
    private readonly compute: (key: string) => T,
    private readonly limit = 512,
  ) {}

  get(key: string): T {
    if (key.length > LONGEST_KEY) return this.compute(key)
    const known = this.entries.get(key)
    if (known !== undefined) return known
    const value = this.compute(key)
    if (this.entries.size >= this.limit) this.entries.clear()
    this.entries.set(key, value)
    return value
  }
}

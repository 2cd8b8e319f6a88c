// Which fields a parser can ever write, known when it compiles. Post-processing reads a few dozen
// fields of every event (related.* sources, *.address origins, user_agent.original…); most parsers
// write few of them, so the ones no action can set are dropped from its plan once, not looked up
// on every line.

export class WritableFields {
  /** Every written field and each object on its way: what can hold a value. */
  private readonly held = new Set<string>()
  /** Written fields whose value can be an object (a YAML mapping): anything under them can exist. */
  private readonly open = new Set<string>()

  private constructor(private readonly anything: boolean) {}

  /** For events of unknown origin: every field may be there. */
  static anything(): WritableFields {
    return new WritableFields(true)
  }

  static none(): WritableFields {
    return new WritableFields(false)
  }

  add(field: string, mayBeObject: boolean): this {
    for (let dot = field.indexOf('.'); dot !== -1; dot = field.indexOf('.', dot + 1))
      this.held.add(field.slice(0, dot))
    this.held.add(field)
    if (mayBeObject) this.open.add(field)
    return this
  }

  /** Whether an event can hold a value (a leaf or an object) at `field`. */
  mayHold(field: string): boolean {
    if (this.anything || this.held.has(field)) return true
    for (let end = field.length; end > 0; end = field.lastIndexOf('.', end - 1)) {
      if (this.open.has(field.slice(0, end))) return true
    }
    return false
  }

  /** Whether `K.rest` can hold a value for some top-level key K (`nat.ip`: `source.nat.ip`, …). */
  mayHoldUnderAnyKey(rest: string): boolean {
    if (this.anything) return true
    for (const field of this.held) {
      if (!field.includes('.') && this.mayHold(`${field}.${rest}`)) return true
    }
    return false
  }
}

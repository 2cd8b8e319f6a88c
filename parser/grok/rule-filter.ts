// Which rules can possibly match a line: a rule whose required literals (literals.ts) are not all
// in the line cannot, so the matcher never enters it. Each literal is looked for at most once per
// line, however many rules share it, and only when a rule needing it is first reached.

const UNKNOWN = 0
const PRESENT = 1
const ABSENT = 2

export class RuleFilter {
  private readonly literals: readonly string[]
  /** For each rule, the indices of its literals in `literals`. */
  private readonly ruleLiterals: readonly (readonly number[])[]
  /** Per rule and per literal, for the current line: UNKNOWN, PRESENT (all present) or ABSENT. */
  private readonly ruleState: Uint8Array
  private readonly literalState: Uint8Array

  /** `ruleLiterals[i]`: texts every match of rule i contains. */
  constructor(ruleLiterals: readonly (readonly string[])[]) {
    const literals = [...new Set(ruleLiterals.flat())]
    this.literals = literals
    this.ruleLiterals = ruleLiterals.map((own) => own.map((literal) => literals.indexOf(literal)))
    this.ruleState = new Uint8Array(ruleLiterals.length)
    this.literalState = new Uint8Array(literals.length)
  }

  /** Forgets the previous line. */
  reset() {
    this.ruleState.fill(UNKNOWN)
    this.literalState.fill(UNKNOWN)
  }

  /** Whether rule `rule` may match `input`, the current line. */
  viable(rule: number, input: string): boolean {
    let state = this.ruleState[rule] as number
    if (state === UNKNOWN) {
      const own = this.ruleLiterals[rule] as readonly number[]
      state = PRESENT
      for (let i = 0; state === PRESENT && i < own.length; i++) {
        const literal = own[i] as number
        let found = this.literalState[literal] as number
        if (found === UNKNOWN) {
          found = input.includes(this.literals[literal] as string) ? PRESENT : ABSENT
          this.literalState[literal] = found
        }
        state = found
      }
      this.ruleState[rule] = state
    }
    return state === PRESENT
  }

  /** Whether any rule may match `input`, the current line. */
  any(input: string): boolean {
    for (let rule = 0; rule < this.ruleLiterals.length; rule++)
      if (this.viable(rule, input)) return true
    return false
  }
}

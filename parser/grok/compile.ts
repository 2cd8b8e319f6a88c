// compileGrok: pattern text → a matcher with the platform's semantics (engine.md §3) and the
// result shape the pipeline reads: the rule, the captures with their offsets, and every name's value.

import type { Capture } from '../types'
import { captureNames, type RegexNode } from './ast'
import { floorRegExp } from './floor'
import { PatternLibrary } from './library'
import { Linker } from './link'
import { requiredLiterals } from './literals'
import { Machine } from './machine'
import { parseMainPattern } from './parse'
import { compileProgram } from './program'
import { type GrokRule, ruleTrees, topLevelRules } from './rules'

export interface GrokMatch {
  /** The top-level alternative the winning match went through. */
  rule: GrokRule
  /** Every named group that took part, in opening-parenthesis order. */
  captures: Capture[]
  /** Every capture name of the pattern: its text, or null when no group of that name took part. */
  values: Record<string, string | null>
}

export interface CompiledGrok {
  readonly rules: readonly GrokRule[]
  /** Every capture name in the pattern, in first-appearance order. */
  readonly names: readonly string[]
  /** The platform's match of `input`, or null when no alternative matches. */
  match(input: string): GrokMatch | null
  /** The plain JavaScript translation of the whole pattern (flags `du`): the benchmark's floor. */
  floorRegExp(): RegExp
}

export interface GrokOptions {
  customPatterns?: Record<string, string>
}

class Grok implements CompiledGrok {
  readonly rules: readonly GrokRule[]
  readonly names: readonly string[]
  private readonly trees: readonly RegexNode[]
  private readonly machine: Machine
  /** Field name of each group, by group number. */
  private readonly groupFields: readonly string[]
  /** Rule r owns groups firstGroup[r] up to firstGroup[r + 1]: no other group takes part in its match. */
  private readonly firstGroup: Int32Array
  /** Per group: 1 when an earlier group of its rule has the same name, so its name may hold a value already. */
  private readonly repeatsName: Uint8Array
  private readonly allNull: Record<string, string | null>
  private floor: RegExp | null = null

  constructor(pattern: string, options: GrokOptions) {
    const { tree, branches } = parseMainPattern(pattern)
    this.rules = topLevelRules(pattern, tree, branches)
    const linker = new Linker(new PatternLibrary(options.customPatterns))
    this.trees = ruleTrees(tree, branches).map((branch) => linker.link(branch, null))
    this.machine = new Machine(
      compileProgram(this.trees, pattern.length),
      this.trees.map((tree) => requiredLiterals(tree)),
    )
    const ruleFields = this.trees.map((rule) => captureNames(rule))
    this.groupFields = ruleFields.flat()
    this.firstGroup = new Int32Array(ruleFields.length + 1)
    ruleFields.forEach((fields, rule) => {
      this.firstGroup[rule + 1] = (this.firstGroup[rule] as number) + fields.length
    })
    this.repeatsName = Uint8Array.from(
      ruleFields.flatMap((fields) => fields.map((field, i) => (fields.indexOf(field) < i ? 1 : 0))),
    )
    this.names = [...new Set(this.groupFields)]
    this.allNull = Object.fromEntries(this.names.map((name) => [name, null]))
  }

  match(input: string): GrokMatch | null {
    const machine = this.machine
    if (!machine.search(input)) return null
    const slots = machine.slots
    const captures: Capture[] = []
    const values = { ...this.allNull }
    // Groups come in opening-parenthesis order, so the first one of a name to have taken part is
    // the one whose value the name gets (engine.md §3). Reading the value first only for a repeated
    // name halves the lookups by name, the costliest part of building the result.
    const rule = machine.rule
    const last = this.firstGroup[rule + 1] as number
    for (let group = this.firstGroup[rule] as number; group < last; group++) {
      const start = slots[group * 2] as number
      const end = slots[group * 2 + 1] as number
      if (start < 0 || end < 0) continue
      const field = this.groupFields[group] as string
      const value = input.slice(start, end)
      captures.push({ field, value, start, end })
      if (this.repeatsName[group] === 0 || values[field] === null) values[field] = value
    }
    return { rule: this.rules[rule] as GrokRule, captures, values }
  }

  floorRegExp(): RegExp {
    this.floor ??= floorRegExp(this.trees)
    return this.floor
  }
}

/** Compiles a grok pattern; throws GrokError located in the pattern or custom pattern at fault. */
export function compileGrok(pattern: string, options: GrokOptions = {}): CompiledGrok {
  return new Grok(pattern, options)
}

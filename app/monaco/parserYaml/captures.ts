// The capture names a grok step yields. The result map holds every capture name that appears
// anywhere in the pattern, through every custom and base pattern it refers to, whichever
// alternative matches (engine.md §3), so these are the names a template can read.

import type { GrokStep } from './outline'
import { definedIn, type PatternTable, patternTable } from './patternTable'
import { namedGroups, scanReferences } from './references'

export interface CaptureName {
  name: string
  /** The patterns whose text names it, in order; empty when only the step's `pattern` does. */
  definedBy: string[]
}

/** The capture names of `pattern` in order of first appearance, through the references of `table`. */
export function captureNames(pattern: string, table: PatternTable): CaptureName[] {
  const found = new Map<string, string[]>()
  const add = (name: string, origin: string | null) => {
    const origins = found.get(name) ?? []
    if (origin !== null && !origins.includes(origin)) origins.push(origin)
    found.set(name, origins)
  }
  const expanded = new Set<string>()
  const walk = (text: string, origin: string | null) => {
    for (const reference of scanReferences(text)) {
      if (reference.field !== null) add(reference.field, origin)
      const definition = definedIn(table, reference.name)
      if (definition === null || expanded.has(reference.name)) continue
      expanded.add(reference.name)
      walk(definition, reference.name)
    }
    for (const group of namedGroups(text)) add(group, origin)
  }
  walk(pattern, null)
  return [...found].map(([name, definedBy]) => ({ name, definedBy }))
}

export interface StepCaptures {
  step: string
  outputField: string
  captures: CaptureName[]
}

/** For each named grok step: what `<step>.<output_field>.*` can read. */
export function stepCaptures(steps: readonly GrokStep[], base: PatternTable): StepCaptures[] {
  return steps.flatMap((step) =>
    step.name === null
      ? []
      : [
          {
            step: step.name,
            outputField: step.outputField,
            captures: captureNames(step.pattern?.text ?? '', patternTable(step, base)),
          },
        ],
  )
}

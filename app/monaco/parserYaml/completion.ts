// What to offer at a place in a parser.yml: pattern names inside `%{`, the step's capture names
// where a capture is named, layer paths, capture names and the engine's filters and tests inside
// templates, stage names as a pipeline entry's `name`.

import { type AppliedName, appliedNameAt } from './appliedNames'
import { stepCaptures } from './captures'
import { appliedDoc } from './jinjaDocs'
import type { TemplateNames } from './library'
import { type GrokStep, type ParserOutline, type Span, within } from './outline'
import type { PatternTable } from './patternTable'
import { dottedExpressionAt, templateRegionAt } from './templates'

export type SuggestionKind =
  | 'custom pattern'
  | 'base pattern'
  | 'capture'
  | 'layer'
  | 'stage'
  | 'field'
  | 'filter'
  | 'test'

export interface Suggestion {
  label: string
  kind: SuggestionKind
  detail: string
  /** Longer text shown beside the list, e.g. a pattern's definition. */
  documentation?: string
}

export interface Completions {
  /** The partly typed word the chosen suggestion replaces. */
  replace: Span
  suggestions: Suggestion[]
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1

/** The grok step whose entry holds `offset`; while the YAML is broken, the first one. */
function stepAt(outline: ParserOutline, offset: number): GrokStep | null {
  const around = outline.grokSteps.find((step) => within(step.span, offset))
  return around ?? outline.grokSteps[0] ?? null
}

function patternSuggestions(step: GrokStep | null, base: PatternTable): Suggestion[] {
  const custom = step?.customPatterns ?? []
  const own = new Set(custom.map((pattern) => pattern.name))
  return [
    ...custom.map(
      (pattern): Suggestion => ({
        label: pattern.name,
        kind: 'custom pattern',
        detail: 'custom pattern',
        documentation: pattern.pattern,
      }),
    ),
    ...Object.entries(base)
      .filter(([name]) => !own.has(name))
      .map(
        ([name, definition]): Suggestion => ({
          label: name,
          kind: 'base pattern',
          detail: 'grok library',
          documentation: definition,
        }),
      ),
  ]
}

/** The next names after `path` among dotted `fields`: `source` then `ip` for `source.ip`. */
function fieldSuggestions(fields: readonly string[], path: readonly string[]): Suggestion[] {
  const next = new Map<string, boolean>()
  for (const field of fields) {
    const names = field.split('.')
    if (names.length <= path.length || path.some((name, index) => names[index] !== name)) continue
    const name = names[path.length] ?? ''
    next.set(name, (next.get(name) ?? false) || names.length === path.length + 1)
  }
  return [...next].map(([label, leaf]) => ({
    label,
    kind: 'field',
    detail: leaf ? 'field set by a stage' : 'object set by a stage',
  }))
}

function layerSuggestions(
  outline: ParserOutline,
  qualifier: readonly string[],
  base: PatternTable,
): Suggestion[] {
  const [layer, ...path] = qualifier
  if (layer === undefined) {
    return [
      { label: 'original', kind: 'layer', detail: 'the incoming event' },
      { label: 'final', kind: 'layer', detail: 'the event built so far' },
      ...outline.pipelineNames.map(
        (named): Suggestion => ({ label: named.name, kind: 'layer', detail: 'pipeline step' }),
      ),
    ]
  }
  if (layer === 'original' && path.length === 0) {
    return [{ label: 'message', kind: 'layer', detail: 'the raw log line' }]
  }
  if (layer === 'final') {
    return fieldSuggestions(
      outline.stages.flatMap((stage) => stage.fields),
      path,
    )
  }
  const stage = outline.stages.find((candidate) => candidate.name === layer)
  if (stage) return fieldSuggestions(stage.fields, path)
  const step = stepCaptures(outline.grokSteps, base).find((captures) => captures.step === layer)
  if (!step) return []
  if (path.length === 0) {
    return [{ label: step.outputField, kind: 'layer', detail: `${layer}'s grok captures` }]
  }
  if (path.length > 1 || path[0] !== step.outputField) return []
  return step.captures.map(
    (capture): Suggestion => ({
      label: capture.name,
      kind: 'capture',
      detail:
        capture.definedBy.length > 0 ? `captured by ${capture.definedBy.join(', ')}` : 'capture',
    }),
  )
}

// Symbolic test names (`==`, `<`) are the engine's too, but only select('==', x) can name them.
const IDENTIFIER = /^[A-Za-z_]\w*$/

/** The engine's filters or tests that start with what is typed; a name it lacks is never offered. */
function appliedSuggestions(
  text: string,
  applied: AppliedName,
  names: TemplateNames,
): Suggestion[] {
  const typed = text.slice(applied.span.start, applied.span.end)
  const known = applied.kind === 'filter' ? names.filters : names.tests
  return known
    .filter((name) => IDENTIFIER.test(name) && name.startsWith(typed))
    .sort()
    .map((name): Suggestion => {
      const doc = appliedDoc(applied.kind, name)
      const suggestion: Suggestion = { label: name, kind: applied.kind, detail: applied.kind }
      return doc ? { ...suggestion, detail: doc.signature, documentation: doc.summary } : suggestion
    })
}

/** What to offer at `offset` of a parser.yml `text`, or null where nothing applies. */
export function completionsAt(
  text: string,
  outline: ParserOutline,
  offset: number,
  base: PatternTable,
  names: TemplateNames,
): Completions | null {
  const before = text.slice(lineStart(text, offset), offset)
  const region = templateRegionAt(text, outline, offset)
  const applied = region && appliedNameAt(text, region, offset)
  if (applied) {
    const suggestions = appliedSuggestions(text, applied, names)
    return suggestions.length > 0 ? { replace: applied.span, suggestions } : null
  }
  if (region) {
    const expression = dottedExpressionAt(text, region, offset)
    if (!expression) return null
    const suggestions = layerSuggestions(outline, expression.qualifier, base)
    return suggestions.length > 0 ? { replace: expression.partial, suggestions } : null
  }
  const reference = /%\{([A-Za-z0-9_]*)$/.exec(before)
  if (reference) {
    const replace = { start: offset - (reference[1]?.length ?? 0), end: offset }
    return { replace, suggestions: patternSuggestions(stepAt(outline, offset), base) }
  }
  // A capture being named: the step's other names, since templates read captures by name.
  const captureName = /(?:%\{[A-Za-z0-9_]+:|\(\?P?<)([A-Za-z0-9_]*)$/.exec(before)
  if (captureName) {
    const replace = { start: offset - (captureName[1]?.length ?? 0), end: offset }
    const step = stepAt(outline, offset)
    const named = step?.name ? stepCaptures([step], base)[0]?.captures : undefined
    const suggestions = (named ?? []).map(
      (capture): Suggestion => ({ label: capture.name, kind: 'capture', detail: 'capture' }),
    )
    return suggestions.length > 0 ? { replace, suggestions } : null
  }
  const stageName = /^\s*(?:-\s+)?name:\s*([A-Za-z0-9_]*)$/.exec(before)
  if (stageName && topLevelKeyAbove(text, offset) === 'pipeline') {
    const replace = { start: offset - (stageName[1]?.length ?? 0), end: offset }
    const suggestions = outline.stages.map(
      (stage): Suggestion => ({ label: stage.name, kind: 'stage', detail: 'stage' }),
    )
    return suggestions.length > 0 ? { replace, suggestions } : null
  }
  return null
}

/** The unindented key whose block holds `offset`, read from the text so a broken file works too. */
function topLevelKeyAbove(text: string, offset: number): string | null {
  const lines = text.slice(0, lineStart(text, offset)).split('\n').reverse()
  for (const line of lines) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)
    if (key) return key[1] ?? null
  }
  return null
}

// The hover of a grok pattern name in a parser.yml: where it comes from, its definition and the
// regex it expands to, as the engine compiles it; of a capture or a step; and of a filter or test
// a template applies.

import { type AppliedKind, appliedNameAround } from './appliedNames'
import { stepCaptures } from './captures'
import { expandPattern } from './expansion'
import { appliedDoc } from './jinjaDocs'
import type { TemplateNames } from './library'
import { symbolAt } from './navigation'
import type { GrokStep, ParserOutline, Span } from './outline'
import { definedIn, type PatternTable, patternTable } from './patternTable'
import { templateRegionAt } from './templates'

export interface Hover {
  span: Span
  /** Markdown. */
  contents: string
}

// IPV6 alone expands to about 1,500 characters; a rule built on many patterns to far more.
const EXPANSION_SHOWN = 3000

/** A fenced code block longer than any run of backticks inside it (QUOTEDSTRING has two). */
function regexBlock(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}regex\n${text}\n${fence}`
}

function describePattern(name: string, field: string | null, step: GrokStep, base: PatternTable) {
  const table = patternTable(step, base)
  const definition = definedIn(table, name)
  if (definition === null) {
    return `Unknown pattern \`${name}\`: neither a custom pattern of this step nor a base grok pattern.`
  }
  const custom = step.customPatterns.some((pattern) => pattern.name === name)
  const origin = custom ? 'custom pattern' : 'base grok pattern'
  const captured = field === null ? '' : `, captured as \`${field}\``
  const expansion = expandPattern(name, table) ?? definition
  const shown =
    expansion.length > EXPANSION_SHOWN
      ? `${expansion.slice(0, EXPANSION_SHOWN)}…\n(${expansion.length} characters in all)`
      : expansion
  const sections = [`**${name}** — ${origin}${captured}`, regexBlock(definition)]
  if (expansion !== definition) sections.push('Expands to:', regexBlock(shown))
  return sections.join('\n\n')
}

function describeCapture(name: string, step: GrokStep, base: PatternTable): string {
  const path = `${step.name ?? '…'}.${step.outputField}`
  const capture = stepCaptures([step], base)[0]?.captures.find((found) => found.name === name)
  if (!capture) {
    return `\`${name}\` is not a capture of \`${step.name}\`'s pattern: \`${path}.${name}\` is undefined.`
  }
  const by = capture.definedBy.length > 0 ? capture.definedBy.join(', ') : 'the pattern itself'
  return [
    `**${name}** — grok capture, read as \`${path}.${name}\``,
    `Named by ${by}; \`None\` when the alternative that matched does not capture it.`,
  ].join('\n\n')
}

const FIELDS_SHOWN = 12

function describeStep(name: string, outline: ParserOutline, base: PatternTable): string {
  const stage = outline.stages.find((candidate) => candidate.name === name)
  if (stage) {
    const shown = stage.fields.slice(0, FIELDS_SHOWN).map((field) => `\`${field}\``)
    const more = stage.fields.length - shown.length
    const sets = shown.length === 0 ? 'sets no field' : `sets ${shown.join(', ')}`
    return `**${name}** — stage, ${sets}${more > 0 ? ` and ${more} more` : ''}`
  }
  const step = stepCaptures(outline.grokSteps, base).find((captures) => captures.step === name)
  if (step) {
    const count = step.captures.length
    return `**${name}** — grok step, ${count} capture${count === 1 ? '' : 's'} under \`${name}.${step.outputField}\``
  }
  return `No stage \`${name}\` under \`stages\`.`
}

function describeApplied(kind: AppliedKind, name: string, names: TemplateNames): string | null {
  const known = kind === 'filter' ? names.filters : names.tests
  // No names: the worker did not send them, so no name can be called unknown.
  if (known.length === 0) return null
  if (!known.includes(name)) return `\`${name}\` is not a ${kind} this template engine implements.`
  const doc = appliedDoc(kind, name)
  const title = `**${name}** — ${kind}`
  return doc ? [title, `\`${doc.signature}\``, doc.summary].join('\n\n') : title
}

/**
 * The hover at `offset`: on a `%{NAME}` reference, a custom pattern's key, a capture, a step, or a
 * filter or test in a template.
 */
export function hoverAt(
  text: string,
  outline: ParserOutline,
  offset: number,
  base: PatternTable,
  names: TemplateNames,
): Hover | null {
  const symbol = symbolAt(text, outline, offset)
  if (symbol?.kind === 'reference') {
    const { name, field, span } = symbol.reference
    return { span, contents: describePattern(name, field, symbol.step, base) }
  }
  if (symbol?.kind === 'pattern') {
    const { name, key } = symbol.pattern
    return { span: key, contents: describePattern(name, null, symbol.step, base) }
  }
  if (symbol?.kind === 'capture') {
    return { span: symbol.span, contents: describeCapture(symbol.name, symbol.step, base) }
  }
  if (symbol?.kind === 'pipeline entry' || symbol?.kind === 'stage') {
    const { name, span } = symbol.named
    return { span, contents: describeStep(name, outline, base) }
  }
  const region = templateRegionAt(text, outline, offset)
  const applied = region && appliedNameAround(text, region, offset)
  if (!applied) return null
  const contents = describeApplied(
    applied.kind,
    text.slice(applied.span.start, applied.span.end),
    names,
  )
  return contents === null ? null : { span: applied.span, contents }
}

import { isMap, isSeq, type YAMLMap } from 'yaml'
import type { Diagnostic, Value } from '../types'
import { isRecord } from './json-text'
import { diagnosticAt } from './position'
import type { Scenario } from './types'
import { readYaml, spanOf, type YamlSource } from './yaml-source'
import { asNode, pairNamed, valueNode, yamlValue } from './yaml-value'

const TEXTS = ['id', 'title', 'meaning', 'why'] as const
const LISTS = ['rules', 'samples', 'next'] as const

const isText = (value: Value | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

const isTextList = (value: Value | undefined): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every(isText)

const isPair = (value: Value | undefined, first: string, second: string): boolean =>
  isRecord(value) && isText(value[first]) && isText(value[second])

/** One entry, or the reasons it is not one, each pointing at the key (or the entry) at fault. */
function readEntry(yaml: YamlSource, entry: YAMLMap, problems: Diagnostic[]): Scenario | null {
  const before = problems.length
  const at = (name: string): { start: number; end: number } => {
    const pair = pairNamed(entry, name)
    return spanOf(valueNode(pair), spanOf(entry))
  }
  const complain = (name: string, message: string): void => {
    const span = at(name)
    problems.push(diagnosticAt(yaml, span.start, span.end, 'schema', message))
  }
  const field = (name: string): Value | undefined => {
    const pair = pairNamed(entry, name)
    return pair ? yamlValue(pair.value) : undefined
  }
  for (const name of TEXTS) {
    if (!isText(field(name))) complain(name, `a scenario needs '${name}', a non-empty text`)
  }
  for (const name of LISTS) {
    if (!isTextList(field(name))) complain(name, `a scenario needs '${name}', a list of texts`)
  }
  const when = field('when')
  if (when !== undefined && !isPair(when, 'field', 'value')) {
    complain('when', "'when' is {field, value}, both texts")
  }
  const attack = field('attack')
  if (attack !== undefined && !isPair(attack, 'id', 'name')) {
    complain('attack', "'attack' is {id, name}, both texts")
  }
  if (problems.length > before) return null
  const scenario: Scenario = {
    id: String(field('id')),
    title: String(field('title')),
    rules: textList(field('rules')),
    samples: textList(field('samples')),
    meaning: String(field('meaning')),
    why: String(field('why')),
    next: textList(field('next')),
  }
  if (isRecord(when)) scenario.when = { field: String(when.field), value: String(when.value) }
  if (isRecord(attack)) scenario.attack = { id: String(attack.id), name: String(attack.name) }
  return scenario
}

const textList = (value: Value | undefined): string[] => (isTextList(value) ? value : [])

/** `_meta/scenarios.yml`: a list of scenario notes; a broken entry is left out and reported. */
export function readScenarios(
  file: string,
  source: string,
): { scenarios: Scenario[]; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = readYaml(file, source)
  const scenarios: Scenario[] = []
  if (!yaml.root) return { scenarios, diagnostics }
  if (!isSeq(yaml.root)) {
    const span = spanOf(yaml.root)
    const message = 'scenarios.yml is a list of scenarios'
    diagnostics.push(diagnosticAt(yaml, span.start, span.end, 'schema', message))
    return { scenarios, diagnostics }
  }
  const seen = new Set<string>()
  for (const item of yaml.root.items) {
    if (!isMap(item)) {
      const span = spanOf(asNode(item))
      diagnostics.push(
        diagnosticAt(yaml, span.start, span.end, 'schema', 'a scenario is a mapping'),
      )
      continue
    }
    const scenario = readEntry(yaml, item, diagnostics)
    if (scenario === null) continue
    if (seen.has(scenario.id)) {
      const span = spanOf(valueNode(pairNamed(item, 'id')))
      const message = `scenario id '${scenario.id}' is used twice`
      diagnostics.push(diagnosticAt(yaml, span.start, span.end, 'schema', message))
      continue
    }
    seen.add(scenario.id)
    scenarios.push(scenario)
  }
  return { scenarios, diagnostics }
}

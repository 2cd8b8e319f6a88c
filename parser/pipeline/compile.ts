import { fieldTypes } from '../ecs'
import {
  type Format,
  MANIFEST_FILE,
  PARSER_FILE,
  type ParserDefinition,
  readDefinition,
  readManifest,
} from '../format'
import { diagnosticAt, type SourceFile, sourceFile } from '../format/position'
import {
  CURRENT_PLATFORM,
  type Diagnostic,
  PLATFORM_PROFILES,
  type PlatformProfile,
} from '../types'
import { type ActionContext, compileAction } from './compile-actions'
import { compileGrokStep } from './compile-grok'
import { compileText } from './compile-text'
import type { LayerNames } from './references'
import type { CompiledParser, CompiledStep, CompiledText, RuleInfo } from './types'

const RAW_LINE = 'original.message'

/** The era to emulate: the caller's choice, else the one the manifest states, else today's. */
function platformOf(format: Format, requested: PlatformProfile | undefined): PlatformProfile {
  if (requested) return requested
  const manifest = format.files[MANIFEST_FILE]
  const stated =
    manifest === undefined ? null : readManifest(MANIFEST_FILE, manifest).manifest.platform
  return PLATFORM_PROFILES.find((profile) => profile === stated) ?? CURRENT_PLATFORM
}

function layerNames(definition: ParserDefinition): LayerNames {
  const grokOutputs = new Map<string, string>()
  for (const step of definition.pipeline) {
    if (step.kind === 'grok') grokOutputs.set(step.name.value, step.outputField)
  }
  return { grokOutputs, stages: new Set(Object.keys(definition.stages)) }
}

function compileSteps(
  source: SourceFile,
  definition: ParserDefinition,
  diagnostics: Diagnostic[],
): { steps: CompiledStep[]; rules: RuleInfo[] } {
  const context: ActionContext = { source, layers: layerNames(definition), diagnostics }
  const steps: CompiledStep[] = []
  let rules: RuleInfo[] | null = null
  for (const step of definition.pipeline) {
    const name = step.name.value
    const filter = step.filter && compileText(source, step.filter, diagnostics)
    if (step.kind === 'grok') {
      const compiled = compileGrokStep(source, step, diagnostics)
      if (!compiled) continue
      const primary = rules === null && step.inputField === RAW_LINE
      if (primary) rules = compiled.rules
      const input = step.inputField.split('.')
      steps.push({
        kind: 'grok',
        name,
        filter,
        input,
        outputField: step.outputField,
        grok: compiled.grok,
        primary,
      })
      continue
    }
    const stage = definition.stages[name]
    if (!stage) {
      const { start, end } = step.name.span
      diagnostics.push(
        diagnosticAt(source, start, end, 'unknown-stage', `no stage named '${name}' under stages`),
      )
      continue
    }
    const actions = stage.actions.map((action) => compileAction(context, name, action))
    steps.push({ kind: 'stage', name, filter, actions, layerRead: false })
  }
  const read = layersRead(steps)
  for (const step of steps) if (step.kind === 'stage') step.layerRead = read.has(step.name)
  return { steps, rules: rules ?? [] }
}

/** The names of the layers some template or translation reads. */
function layersRead(steps: readonly CompiledStep[]): Set<string> {
  const heads = new Set<string>()
  const add = (text: CompiledText | null) => {
    if (text?.kind === 'template')
      for (const path of text.template.references) heads.add(path.split('.')[0] ?? '')
  }
  for (const step of steps) {
    add(step.filter)
    if (step.kind !== 'stage') continue
    for (const action of step.actions) {
      add(action.filter)
      if (action.kind === 'translate')
        for (const { source } of action.mapping) heads.add(source[0] ?? '')
      if (action.kind === 'set') {
        for (const { source } of action.fields) if (source.kind === 'template') add(source)
      }
    }
  }
  return heads
}

/**
 * Compiles the format's parser.yml: every template and grok pattern once. Never throws.
 * The diagnostics are compilation's own (grok patterns, templates, unknown stages); what
 * `loadFormat` found, parser.yml's YAML and schema problems included, stays in
 * `format.diagnostics`. The parser is null when either holds an error about parser.yml.
 */
export function compile(
  format: Format,
  options: { platform?: PlatformProfile } = {},
): { parser: CompiledParser | null; diagnostics: Diagnostic[] } {
  const text = format.files[PARSER_FILE]
  if (text === undefined) return { parser: null, diagnostics: [] }
  try {
    const { definition } = readDefinition(PARSER_FILE, text)
    if (!definition) return { parser: null, diagnostics: [] }
    const diagnostics: Diagnostic[] = []
    const { steps, rules } = compileSteps(sourceFile(PARSER_FILE, text), definition, diagnostics)
    const failed = [...format.diagnostics, ...diagnostics].some(
      (diagnostic) => diagnostic.severity === 'error' && diagnostic.file === PARSER_FILE,
    )
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
    if (failed) return { parser: null, diagnostics }
    const platform = platformOf(format, options.platform)
    return { parser: { rules, platform, steps, types: fieldTypes(format.fields) }, diagnostics }
  } catch (error) {
    const message = `internal error while compiling: ${error instanceof Error ? error.message : String(error)}`
    return {
      parser: null,
      diagnostics: [diagnosticAt(sourceFile(PARSER_FILE, text), 0, 0, 'schema', message)],
    }
  }
}

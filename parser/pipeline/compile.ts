import {
  compileFinish,
  FieldNode,
  fieldPath,
  fieldTypes,
  isValueObject,
  WritableFields,
} from '../ecs'
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
import { TextCompiler } from './compile-text'
import { addHeaderFields } from './framing'
import type { LayerNames } from './references'
import type { CompiledParser, CompiledStep, CompiledText, InputOrigin, RuleInfo } from './types'

const RAW_LINE = 'original.message'
const FINAL_LAYER = 'final'

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

function inputOrigin(inputField: string): InputOrigin {
  if (inputField === RAW_LINE) return { kind: 'line' }
  // Any other input that reads `step.output.capture`; it is only a string when that capture took part.
  const [step = '', , capture, ...deeper] = inputField.split('.')
  return capture !== undefined && deeper.length === 0
    ? { kind: 'capture', step, capture }
    : { kind: 'elsewhere' }
}

function compileSteps(
  source: SourceFile,
  definition: ParserDefinition,
  fields: FieldNode,
  diagnostics: Diagnostic[],
): { steps: CompiledStep[]; rules: RuleInfo[]; readsFinal: boolean } {
  const texts = new TextCompiler(source, diagnostics)
  const context: ActionContext = { texts, layers: layerNames(definition), fields }
  const steps: CompiledStep[] = []
  let rules: RuleInfo[] | null = null
  for (const step of definition.pipeline) {
    const name = step.name.value
    const filter = step.filter && texts.compile(step.filter)
    if (step.kind === 'grok') {
      const compiled = compileGrokStep(source, step, diagnostics)
      if (!compiled) continue
      const primary = rules === null && step.inputField === RAW_LINE
      if (primary) rules = compiled.rules
      steps.push({
        kind: 'grok',
        name,
        filter,
        input: fieldPath(step.inputField),
        inputOrigin: inputOrigin(step.inputField),
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
  return { steps, rules: rules ?? [], readsFinal: read.has(FINAL_LAYER) }
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
        for (const { source } of action.mapping) heads.add(source.keys[0] ?? '')
      if (action.kind === 'set') {
        for (const { source } of action.fields) if (source.kind === 'template') add(source)
      }
    }
  }
  return heads
}

/** The fields the actions can write; templates render strings, only constants can be objects. */
function fieldsWritten(steps: readonly CompiledStep[]): WritableFields {
  const written = WritableFields.none()
  for (const step of steps) {
    if (step.kind !== 'stage') continue
    for (const action of step.actions) {
      if (action.kind === 'set') {
        for (const { field, source } of action.fields)
          written.add(field.name, source.kind === 'constant' && isValueObject(source.value))
      } else if (action.kind === 'translate') {
        const values = [...action.dictionary.values(), action.fallback]
        const mayBeObject = values.some(isValueObject)
        for (const { target } of action.mapping) written.add(target.name, mayBeObject)
      }
    }
  }
  return written
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
    const types = fieldTypes(format.fields)
    const fields = FieldNode.root(types)
    const source = sourceFile(PARSER_FILE, text)
    const { steps, rules, readsFinal } = compileSteps(source, definition, fields, diagnostics)
    const failed = [...format.diagnostics, ...diagnostics].some(
      (diagnostic) => diagnostic.severity === 'error' && diagnostic.file === PARSER_FILE,
    )
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
    if (failed) return { parser: null, diagnostics }
    const platform = platformOf(format, options.platform)
    const finish = compileFinish({
      platform,
      types,
      writable: addHeaderFields(fieldsWritten(steps)),
    })
    const ignoredValues = new Set(definition.ignoredValues)
    const parser = { rules, platform, steps, types, fields, finish, readsFinal, ignoredValues }
    return { parser, diagnostics }
  } catch (error) {
    const message = `internal error while compiling: ${error instanceof Error ? error.message : String(error)}`
    return {
      parser: null,
      diagnostics: [diagnosticAt(sourceFile(PARSER_FILE, text), 0, 0, 'schema', message)],
    }
  }
}

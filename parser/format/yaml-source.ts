import { isScalar, type Node, parseDocument, type Scalar } from 'yaml'
import type { Diagnostic } from '../types'
import { diagnosticAt, type SourceFile, sourceFile } from './position'
import { type ScalarStyle, scalarOffsets } from './scalar-offsets'
import type { Span, TextAt } from './types'

/** A YAML file read with node ranges kept, so every later problem can point into it. */
export interface YamlSource extends SourceFile {
  readonly text: string
  /** The document's root node; null when the YAML itself is broken or empty. */
  readonly root: Node | null
}

export function readYaml(
  file: string,
  text: string,
): { yaml: YamlSource; diagnostics: Diagnostic[] } {
  const document = parseDocument(text, { prettyErrors: false })
  const located = sourceFile(file, text)
  const diagnostics = [...document.errors, ...document.warnings].map((error) =>
    diagnosticAt(
      located,
      error.pos[0],
      error.pos[1],
      'yaml',
      firstLine(error.message),
      error.name === 'YAMLWarning' ? 'warning' : 'error',
    ),
  )
  const root = document.errors.length === 0 ? (document.contents ?? null) : null
  return { yaml: { ...located, text, root }, diagnostics }
}

// A diagnostic is one line in the CLI and in the editor's hover; the position is given apart.
function firstLine(message: string): string {
  const end = message.indexOf('\n')
  return end === -1 ? message : message.slice(0, end)
}

const NOWHERE: Span = { start: 0, end: 0 }

/** Where a node stands, or `fallback` for a node that is absent (an empty value, say). */
export function spanOf(node: Node | null | undefined, fallback: Span = NOWHERE): Span {
  const range = node?.range
  return range ? { start: range[0], end: range[1] } : fallback
}

const SCALAR_STYLES: readonly ScalarStyle[] = [
  'PLAIN',
  'QUOTE_SINGLE',
  'QUOTE_DOUBLE',
  'BLOCK_LITERAL',
  'BLOCK_FOLDED',
]

function styleOf(scalar: Scalar): ScalarStyle {
  return SCALAR_STYLES.find((style) => style === scalar.type) ?? 'PLAIN'
}

/** A string scalar as a located text; null when the node is not a string scalar. */
export function textAt(yaml: YamlSource, node: Node | null | undefined): TextAt | null {
  if (!isScalar(node) || typeof node.value !== 'string') return null
  const value = node.value
  const span = spanOf(node)
  const style = styleOf(node)
  let offsets: number[] | null = null
  return {
    value,
    span,
    sourceOffset(valueOffset) {
      offsets ??= scalarOffsets(yaml.text, style, span.start, span.end)
      const index = Math.max(0, Math.min(valueOffset, offsets.length - 1))
      return offsets[index] ?? span.start
    },
  }
}

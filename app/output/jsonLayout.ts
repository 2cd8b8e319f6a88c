import type { Value } from '../../parser/types'

/** A span of the JSON text, in Monaco's coordinates (1-based, end column exclusive). */
export interface TextRange {
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

/** Where one output field stands in the JSON text: from its key's opening quote to the end of its value. */
export interface FieldSpan {
  /** Dotted ECS path; array positions are dropped, since fields are typed and traced per path. */
  field: string
  range: TextRange
}

export interface JsonLayout {
  text: string
  /** One entry per scalar, empty container and array (and per item of an array written over several lines). */
  fields: FieldSpan[]
}

const INDENT = '  '
/** An array of scalars that fits in this many columns is written on one line (`"category": ["network"]`). */
const INLINE_ARRAY_WIDTH = 100

function isScalar(value: Value): value is string | number | boolean | null {
  return value === null || typeof value !== 'object'
}

/**
 * Serializes a value as indented JSON and records, while writing, where each field lands,
 * so the output panel knows which field the pointer is on without re-parsing the text.
 */
export function layoutJson(value: Value): JsonLayout {
  const lines: string[] = []
  const fields: FieldSpan[] = []
  let current = ''

  const column = () => current.length + 1
  const newLine = (depth: number) => {
    lines.push(current)
    current = INDENT.repeat(depth)
  }
  const lineNumber = () => lines.length + 1

  const inlineArray = (items: Value[]): string | null => {
    if (!items.every(isScalar)) return null
    const text = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`
    return column() + text.length <= INLINE_ARRAY_WIDTH ? text : null
  }

  const write = (node: Value, depth: number, path: string | null, start: [number, number]) => {
    const record = () => {
      if (path === null) return
      fields.push({
        field: path,
        range: {
          startLineNumber: start[0],
          startColumn: start[1],
          endLineNumber: lineNumber(),
          endColumn: column(),
        },
      })
    }
    if (isScalar(node)) {
      current += JSON.stringify(node)
      record()
      return
    }
    if (Array.isArray(node)) {
      const inline = node.length === 0 ? '[]' : inlineArray(node)
      if (inline !== null) {
        current += inline
        record()
        return
      }
      current += '['
      node.forEach((item, index) => {
        newLine(depth + 1)
        write(item, depth + 1, path, [lineNumber(), column()])
        if (index < node.length - 1) current += ','
      })
      newLine(depth)
      current += ']'
      record()
      return
    }
    const entries = Object.entries(node)
    if (entries.length === 0) {
      current += '{}'
      record()
      return
    }
    current += '{'
    entries.forEach(([key, child], index) => {
      newLine(depth + 1)
      const childStart: [number, number] = [lineNumber(), column()]
      current += `${JSON.stringify(key)}: `
      write(child, depth + 1, path === null ? key : `${path}.${key}`, childStart)
      if (index < entries.length - 1) current += ','
    })
    newLine(depth)
    current += '}'
  }

  write(value, 0, null, [1, 1])
  lines.push(current)
  return { text: lines.join('\n'), fields }
}

function contains(range: TextRange, line: number, column: number): boolean {
  if (line < range.startLineNumber || line > range.endLineNumber) return false
  if (line === range.startLineNumber && column < range.startColumn) return false
  if (line === range.endLineNumber && column > range.endColumn) return false
  return true
}

function startsAfter(a: TextRange, b: TextRange): boolean {
  return (
    a.startLineNumber > b.startLineNumber ||
    (a.startLineNumber === b.startLineNumber && a.startColumn > b.startColumn)
  )
}

/** The field at a position of the text, if any: the innermost one, i.e. the one that starts last. */
export function fieldAt(layout: JsonLayout, line: number, column: number): FieldSpan | null {
  let found: FieldSpan | null = null
  for (const span of layout.fields) {
    if (!contains(span.range, line, column)) continue
    if (found === null || startsAfter(span.range, found.range)) found = span
  }
  return found
}

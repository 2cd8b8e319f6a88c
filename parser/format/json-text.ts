import type { Diagnostic, Value } from '../types'
import { diagnosticAt, type SourceFile, sourceFile } from './position'

export type JsonRead =
  | { ok: true; value: Value; source: SourceFile }
  | { ok: false; diagnostic: Diagnostic }

// JSON.parse reports where it stopped only in its message, worded per engine:
// V8 says "at position N" (newer ones add "(line L column C)"), Firefox "at line L column C".
function errorOffset(message: string, source: SourceFile, length: number): number {
  const position = /at position (\d+)/.exec(message)
  if (position?.[1]) return Number(position[1])
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn?.[1] && lineColumn[2]) {
    return source.lines.offset(Number(lineColumn[1]), Number(lineColumn[2]))
  }
  return length
}

/** Parses a JSON file; a syntax error becomes a 'json' diagnostic at the place it was found. */
export function readJson(file: string, text: string): JsonRead {
  const source = sourceFile(file, text)
  try {
    const value: Value = JSON.parse(text)
    return { ok: true, value, source }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const offset = errorOffset(message, source, text.length)
    return {
      ok: false,
      diagnostic: diagnosticAt(
        source,
        offset,
        offset + 1,
        'json',
        message.replace(/^JSON\.parse: /, ''),
      ),
    }
  }
}

export function isRecord(value: Value | undefined): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Reading an array field's string as the list it spells: a Python literal ("['end']", what Jinja2 renders
// for a list) or JSON ('["session"]', with its true/false/null). Anything else is not a list and the
// caller wraps the string instead.
import { parsePythonLiteral } from '../template'
import type { Value } from '../types'

function readJson(text: string): Value | undefined {
  try {
    const value: Value = JSON.parse(text)
    return value
  } catch {
    return undefined
  }
}

/** The list `text` spells as a Python literal or as JSON, else undefined. A tuple is not a list. */
export function readListLiteral(text: string): Value[] | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  const python = parsePythonLiteral(trimmed)
  if (python.ok && Array.isArray(python.value)) return python.value
  const json = readJson(trimmed)
  return Array.isArray(json) ? json : undefined
}

// RFC 5424 STRUCTURED-DATA (§6.3): `-`, or `[id name="value" …]` elements, read into the shape ECS's
// log.syslog.structured_data (flattened) holds: {id: {name: value}}.
import type { Value } from '../types'
import type { Fault } from './framed'

export type StructuredDataElements = Record<string, Record<string, Value>>

export interface StructuredData {
  end: number
  /** null for the NILVALUE `-`. */
  elements: StructuredDataElements | null
}

/** SD-NAME: printable US-ASCII except `=`, space, `]` and `"`. */
const SD_NAME = /[\x21\x23-\x3c\x3e-\x5c\x5e-\x7e]+/y

function readName(line: string, position: number): string | null {
  SD_NAME.lastIndex = position
  return SD_NAME.exec(line)?.[0] ?? null
}

interface ParamValue {
  value: string
  end: number
}

/** A PARAM-VALUE from just after its opening quote; `\"`, `\\` and `\]` stand for the character, any other backslash for itself. */
function readParamValue(line: string, position: number): ParamValue | null {
  let value = ''
  let runStart = position
  for (let index = position; index < line.length; index++) {
    const char = line[index]
    if (char === '"') return { value: value + line.slice(runStart, index), end: index + 1 }
    if (char === '\\') {
      const next = line[index + 1]
      if (next === '"' || next === '\\' || next === ']') {
        value += line.slice(runStart, index) + next
        index++
        runStart = index + 1
      }
    }
  }
  return null
}

/** A repeated parameter (allowed by §6.3.3) keeps every value, in order. */
function addParam(params: Record<string, Value>, name: string, value: string): void {
  const previous = params[name]
  if (previous === undefined) params[name] = value
  else if (Array.isArray(previous)) previous.push(value)
  else params[name] = [previous, value]
}

function truncatedOr(line: string, position: number, problem: string): Fault {
  return { fault: position >= line.length ? 'unterminated structured data' : problem }
}

export function readStructuredData(line: string, position: number): StructuredData | Fault {
  if (line[position] === '-') return { end: position + 1, elements: null }
  if (line[position] !== '[')
    return truncatedOr(line, position, 'structured data is neither "-" nor "[…]"')
  const elements: StructuredDataElements = {}
  let index = position
  while (line[index] === '[') {
    const id = readName(line, index + 1)
    if (id === null) return truncatedOr(line, index + 1, 'structured data element without an id')
    if (Object.hasOwn(elements, id)) return { fault: `structured data repeats the element "${id}"` }
    const params: Record<string, Value> = {}
    index += 1 + id.length
    while (line[index] === ' ') {
      const name = readName(line, index + 1)
      if (name === null) return truncatedOr(line, index + 1, `malformed parameter in "${id}"`)
      index += 1 + name.length
      if (line[index] !== '=' || line[index + 1] !== '"')
        return truncatedOr(line, index, `parameter "${name}" of "${id}" has no quoted value`)
      const param = readParamValue(line, index + 2)
      if (param === null) return { fault: 'unterminated structured data' }
      addParam(params, name, param.value)
      index = param.end
    }
    if (line[index] !== ']') return truncatedOr(line, index, `malformed element "${id}"`)
    elements[id] = params
    index++
  }
  return { end: index, elements }
}

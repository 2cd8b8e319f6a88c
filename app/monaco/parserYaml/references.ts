// grok's `%{NAME}`, `%{NAME:field}` and `%{NAME:field:type}` references and regex named groups, found
// in pattern text. Scanning the text as written keeps document offsets exact: YAML quoting and
// folding never touch the characters a reference is made of.

import type { Span } from './outline'

export interface GrokReference {
  name: string
  field: string | null
  /** From `%{` to `}`. */
  span: Span
  /** The NAME alone. */
  nameSpan: Span
  /** The field alone, when there is one. */
  fieldSpan: Span | null
}

/** A regex named group `(?P<name>…)`; `span` is the name's. */
export interface NamedGroup {
  name: string
  span: Span
}

// The characters parser/grok/reference-syntax.ts accepts in names, fields and types.
const REFERENCE = /%\{([A-Za-z0-9_]+)(?::([A-Za-z0-9_.@[\]-]+))?(?::[A-Za-z0-9_]+)?\}/g
// RE2 spells a named group (?P<name>…) (Python) or (?<name>…); (?<= and (?<! are not names.
const NAMED_GROUP = /\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function escaped(text: string, index: number): boolean {
  let backslashes = 0
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at--) backslashes++
  return backslashes % 2 === 1
}

/** The references in `text`, with spans shifted by `offset` (where `text` starts in the document). */
export function scanReferences(text: string, offset = 0): GrokReference[] {
  const references: GrokReference[] = []
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, name = '', field] = match
    const start = offset + match.index
    const nameEnd = start + 2 + name.length
    references.push({
      name,
      field: field ?? null,
      span: { start, end: start + whole.length },
      nameSpan: { start: start + 2, end: nameEnd },
      fieldSpan:
        field === undefined ? null : { start: nameEnd + 1, end: nameEnd + 1 + field.length },
    })
  }
  return references
}

/** The regex's own named groups `(?P<name>…)` in order, with spans shifted by `offset`. */
export function scanNamedGroups(pattern: string, offset = 0): NamedGroup[] {
  const groups: NamedGroup[] = []
  for (const match of pattern.matchAll(NAMED_GROUP)) {
    const name = match[1]
    if (escaped(pattern, match.index) || !name) continue
    const start = offset + match.index + match[0].length - 1 - name.length
    groups.push({ name, span: { start, end: start + name.length } })
  }
  return groups
}

/** The names of the regex's own named groups, in order. */
export function namedGroups(pattern: string): string[] {
  return scanNamedGroups(pattern).map((group) => group.name)
}

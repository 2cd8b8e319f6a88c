// grok's own syntax inside a pattern: %{NAME}, %{NAME:field} and %{NAME:field:type} references.
// Everything around them is RE2 syntax, parsed by parse.ts.

import type { RefNode } from './ast'
import type { Scanner } from './scanner'

/** Pattern names, reference types and group names: RE2's group-name characters. */
export const NAME = /^[A-Za-z0-9_]+$/
const FIELD = /^[A-Za-z0-9_.@[\]-]+$/

/** Parses the reference whose `%{` is at `sc.pos` and moves past its `}`. */
export function parseReference(sc: Scanner): RefNode {
  const start = sc.pos
  const close = sc.source.indexOf('}', start)
  if (close < 0) sc.fail('grok-syntax', 'missing } after %{', start, 2)
  const body = sc.source.slice(start + 2, close)
  const length = close + 1 - start
  if (body.includes('='))
    sc.fail(
      'grok-unsupported',
      'inline pattern definitions %{NAME=…} are not supported',
      start,
      length,
    )
  const [name = '', field, type, ...rest] = body.split(':')
  if (!NAME.test(name))
    sc.fail(
      'grok-syntax',
      `invalid pattern name in ${sc.source.slice(start, close + 1)}`,
      start,
      length,
    )
  if (field !== undefined && !FIELD.test(field))
    sc.fail(
      'grok-syntax',
      `invalid field name in ${sc.source.slice(start, close + 1)}`,
      start,
      length,
    )
  if (rest.length > 0 || (type !== undefined && !NAME.test(type))) {
    sc.fail('grok-syntax', `invalid type in ${sc.source.slice(start, close + 1)}`, start, length)
  }
  sc.pos = close + 1
  return { kind: 'ref', name, field: field ?? null, type: type ?? null, start, end: sc.pos }
}

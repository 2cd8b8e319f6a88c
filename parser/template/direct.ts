// The shapes parser.yml files are made of — `{{ a.b.c }}`, `{{ a.b != None }}` and text around
// them — read straight from the caller's plain values, without converting them to Python values.
// A template of those shapes alone answers from here while the values are plain JSON objects; on
// anything else (a method name, a string or list on the path, a name missing from the scope) it
// hands over to the general renderer, which gives Jinja2's answer (or error) for every case.
import type { Value } from '../types'
import type { Expr, Stmt } from './ast'
import { isDictMethod } from './collmethods'
import type { Scope } from './frame'
import { pyStr } from './repr'

/** What a direct read could not decide: the general renderer must. */
export const UNDECIDED = Symbol('undecided')

/** Jinja2's Undefined, as a read that missed at its last step. */
const MISSING = Symbol('missing')

type Read = Value | typeof MISSING | typeof UNDECIDED

type Piece = string | ((scope: Scope) => string | typeof UNDECIDED)

export type DirectRender = (scope: Scope) => string | typeof UNDECIDED

/** `a.b.c` as [a, b, c], or null when the expression is not a pure attribute path. */
function pathOf(expr: Expr): string[] | null {
  if (expr.kind === 'name') return [expr.name]
  if (expr.kind !== 'getattr') return null
  const head = pathOf(expr.obj)
  if (head) head.push(expr.attr)
  return head
}

/** Jinja2's `a.b.c` over plain values: a dict's key when no dict method has that name. A key
 * missing from a dict, or any attribute of None, is Undefined: printed as '' at the last step,
 * raised on by a further one (which the general path reports). */
function compileRead(path: readonly string[]): ((scope: Scope) => Read) | null {
  const [name, ...attrs] = path
  if (name === undefined || attrs.some(isDictMethod)) return null
  const last = attrs.length - 1
  // Plain objects inherit only Object.prototype's names; any other key reads as own or undefined,
  // so only those names need the slower own-property check.
  const own = attrs.map((attr) => attr in Object.prototype)
  return (scope) => {
    let v = Object.hasOwn(scope, name) ? scope[name] : undefined
    if (v === undefined) return UNDECIDED
    for (let i = 0; i <= last; i++) {
      if (v !== null && (typeof v !== 'object' || Array.isArray(v))) return UNDECIDED
      const attr = attrs[i] as string
      let next: Value | undefined
      if (v !== null) next = own[i] && !Object.hasOwn(v, attr) ? undefined : v[attr]
      if (next === undefined) return i === last ? MISSING : UNDECIDED
      v = next
    }
    return v
  }
}

function compileExprPiece(expr: Expr): Piece | null {
  const path = pathOf(expr)
  if (path) {
    const read = compileRead(path)
    if (!read) return null
    return (scope) => {
      const v = read(scope)
      if (v === UNDECIDED) return UNDECIDED
      if (v === MISSING) return ''
      return typeof v === 'string' ? v : pyStr(v)
    }
  }
  if (expr.kind !== 'compare' || expr.ops.length !== 1) return null
  const [{ op, operand }] = expr.ops as [{ op: string; operand: Expr }]
  if ((op !== '==' && op !== '!=') || operand.kind !== 'const' || operand.value !== null)
    return null
  const firstPath = pathOf(expr.first)
  const read = firstPath && compileRead(firstPath)
  if (!read) return null
  // Only None equals None; Undefined equals nothing but Undefined.
  const whenNone = op === '==' ? 'True' : 'False'
  const otherwise = op === '==' ? 'False' : 'True'
  return (scope) => {
    const v = read(scope)
    if (v === UNDECIDED) return UNDECIDED
    return v === null ? whenNone : otherwise
  }
}

/**
 * For a template that is exactly `{{ a.b.c }}`, read as the direct renderer reads it: the path.
 * Where it leads through own keys of plain objects to a string, that string is what it renders;
 * to None, 'None'. Null for any other template.
 */
export function printedPath(body: readonly Stmt[]): string[] | null {
  const [stmt] = body
  if (body.length !== 1 || stmt?.kind !== 'output' || stmt.parts.length !== 1) return null
  const [part] = stmt.parts
  if (part === undefined || typeof part === 'string') return null
  const path = pathOf(part)
  return path && !path.slice(1).some(isDictMethod) ? path : null
}

/** A direct renderer for a template of one output of text and those shapes, else null. */
export function compileDirect(body: readonly Stmt[]): DirectRender | null {
  if (body.length === 0) return () => ''
  const [stmt] = body
  if (body.length !== 1 || stmt?.kind !== 'output') return null
  const pieces: Piece[] = []
  for (const part of stmt.parts) {
    const piece = typeof part === 'string' ? part : compileExprPiece(part)
    if (piece === null) return null
    pieces.push(piece)
  }
  if (pieces.length === 1 && typeof pieces[0] === 'function') return pieces[0]
  return (scope) => {
    let out = ''
    for (const piece of pieces) {
      if (typeof piece === 'string') out += piece
      else {
        const text = piece(scope)
        if (text === UNDECIDED) return UNDECIDED
        out += text
      }
    }
    return out
  }
}

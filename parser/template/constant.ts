// Jinja2's constant folding. Folding a slice goes through environment.getitem, where a failed lookup is
// Undefined instead of TypeError, and that shows: a folded value replaces its expression when its repr is
// safe (`{% if not (1)[:2] %}` is true), a whole `{{ … }}` prints its folded value even when it is Undefined
// (`{{ (1)[::-1] }}` is ''), and anything else runs as usual (`{{ (1)[::-1].a }}` or `{{ x[::-1] }}` raise).
import type { CallArgs, Expr } from './ast'
import { PyDict } from './dict'
import { TemplateRuntimeError } from './errors'
import { FILTERS } from './filters'
import { PyRange } from './objects'
import { PyFloat, PyTuple, type PyValue } from './values'

/** Filters that need the render context, which Jinja2 never folds. */
const CONTEXT_FILTERS = new Set(['map', 'select', 'reject', 'selectattr', 'rejectattr'])

export const isFoldableFilter = (name: string): boolean =>
  FILTERS.has(name) && !CONTEXT_FILTERS.has(name)

const constantArgs = (call: CallArgs): boolean =>
  call.star === null &&
  call.starstar === null &&
  call.args.every(isConstant) &&
  call.kwargs.every((k) => isConstant(k.value))

/** Whether Jinja2 may fold `e`; folding itself can still fail (see NotConstant). */
export function isConstant(e: Expr | null): boolean {
  if (e === null) return true
  switch (e.kind) {
    case 'const':
      return true
    case 'list':
    case 'tuple':
      return e.items.every(isConstant)
    case 'dict':
      return e.pairs.every((p) => isConstant(p.key) && isConstant(p.value))
    case 'neg':
    case 'pos':
    case 'not':
      return isConstant(e.operand)
    case 'binary':
      return isConstant(e.left) && isConstant(e.right)
    case 'and':
    case 'or':
      // The right side may never be evaluated: `2 or u` folds to 2.
      return isConstant(e.left)
    case 'concat':
      return e.parts.every(isConstant)
    case 'compare':
      return isConstant(e.first) && e.ops.every((o) => isConstant(o.operand))
    case 'cond':
      // Only the branch the test picks is folded; folding fails if that branch reads a name.
      return (
        isConstant(e.test) &&
        (isConstant(e.ifTrue) || (e.ifFalse !== null && isConstant(e.ifFalse)))
      )
    case 'getattr':
      return isConstant(e.obj)
    case 'getitem':
      return isConstant(e.obj) && isConstant(e.key)
    case 'slice':
      return isConstant(e.obj) && isConstant(e.start) && isConstant(e.stop) && isConstant(e.step)
    case 'filter':
      return (
        e.node !== null &&
        !CONTEXT_FILTERS.has(e.name) &&
        isConstant(e.node) &&
        constantArgs(e.call)
      )
    case 'test':
      return isConstant(e.node) && constantArgs(e.call)
    default:
      return false
  }
}

/** Raised while folding when evaluation reaches something only known at render time (a name, a call). */
export class NotConstant extends TemplateRuntimeError {}

/** Jinja2's has_safe_repr: only such values may stand in for their expression. */
export function hasSafeRepr(v: PyValue): boolean {
  if (v === null || typeof v !== 'object' || v instanceof PyFloat || v instanceof PyRange)
    return true
  if (Array.isArray(v)) return v.every(hasSafeRepr)
  if (v instanceof PyTuple) return v.items.every(hasSafeRepr)
  if (v instanceof PyDict) return v.items().every(([k, x]) => hasSafeRepr(k) && hasSafeRepr(x))
  return false
}

/** A folded list or dict is rebuilt at each evaluation, as Jinja2's generated code does. */
export function cloneConstant(v: PyValue): PyValue {
  if (Array.isArray(v)) return v.map(cloneConstant)
  if (v instanceof PyTuple) return new PyTuple(v.items.map(cloneConstant))
  if (v instanceof PyDict)
    return PyDict.fromPairs(v.items().map(([k, x]) => [k, cloneConstant(x)] as const))
  return v
}

// The syntax tree of a template, shaped after Jinja2's nodes. `pos` is an offset into the template source.
import type { BinaryOp } from './arithmetic'
import type { PyValue } from './values'

export interface CallArgs {
  args: Expr[]
  kwargs: { name: string; value: Expr }[]
  /** `*args` and `**kwargs` spread into the call. */
  star: Expr | null
  starstar: Expr | null
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in'

export type Expr =
  | { kind: 'const'; value: PyValue; pos: number }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'list' | 'tuple'; items: Expr[]; pos: number }
  | { kind: 'dict'; pairs: { key: Expr; value: Expr }[]; pos: number }
  | { kind: 'getattr'; obj: Expr; attr: string; pos: number }
  | { kind: 'getitem'; obj: Expr; key: Expr; pos: number }
  | {
      kind: 'slice'
      obj: Expr
      start: Expr | null
      stop: Expr | null
      step: Expr | null
      pos: number
    }
  | { kind: 'call'; callee: Expr; call: CallArgs; pos: number }
  /** `node` is null only in `{% set x | filter %}`, where the filtered value is the block's output. */
  | { kind: 'filter'; node: Expr | null; name: string; call: CallArgs; pos: number }
  | { kind: 'test'; node: Expr; name: string; call: CallArgs; pos: number }
  | { kind: 'neg' | 'pos' | 'not'; operand: Expr; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { kind: 'concat'; parts: Expr[]; pos: number }
  | { kind: 'and' | 'or'; left: Expr; right: Expr; pos: number }
  | { kind: 'compare'; first: Expr; ops: { op: CompareOp; operand: Expr }[]; pos: number }
  | { kind: 'cond'; test: Expr; ifTrue: Expr; ifFalse: Expr | null; pos: number }

export type Target =
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'tuple'; items: Target[]; pos: number }
  /** `ns.attr`, assignable only when `ns` is a namespace(). */
  | { kind: 'nsref'; name: string; attr: string; pos: number }

export type Stmt =
  | { kind: 'output'; parts: (string | Expr)[] }
  | { kind: 'if'; branches: { test: Expr; body: Stmt[] }[]; otherwise: Stmt[] }
  | {
      kind: 'for'
      target: Target
      iter: Expr
      filter: Expr | null
      body: Stmt[]
      otherwise: Stmt[]
    }
  | { kind: 'set'; target: Target; value: Expr }
  | { kind: 'setblock'; target: Target; filter: Expr | null; body: Stmt[] }

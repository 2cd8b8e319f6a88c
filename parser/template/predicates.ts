// Jinja2's builtin tests (`x is defined`, `x is none`, `x is divisibleby 3`…), with Python semantics.

import { bind, NO_KWARGS, type Signature } from './args'
import { binary } from './arithmetic'
import { compareOp, contains, eq, type OrderOp } from './compare'
import { PyDict } from './dict'
import type { Environment, Test } from './environment'
import { toStr } from './repr'
import { callStrMethod } from './strmethods'
import { isInt, PyFloat, PyObject, PyTuple, type PyValue, Undefined } from './values'

/** A test with a Python signature: `params` are the arguments after the tested value. */
function define(
  name: string,
  params: string[],
  required: number,
  run: (value: PyValue, args: PyValue[], env: Environment) => boolean,
): [string, Test] {
  const sig: Signature = { name: `test_${name}`, params, required }
  return [
    name,
    (value, args, kwargs, env) =>
      run(
        value,
        bind(sig, args, kwargs).map((a) => a ?? null),
        env,
      ),
  ]
}

const unary = (name: string, run: (value: PyValue) => boolean): [string, Test] =>
  define(name, [], 0, (v) => run(v))

const isNumber = (v: PyValue): boolean => isInt(v) || typeof v === 'boolean' || v instanceof PyFloat
const isSequence = (v: PyValue): boolean =>
  typeof v === 'string' ||
  Array.isArray(v) ||
  v instanceof PyTuple ||
  v instanceof PyDict ||
  v instanceof Undefined ||
  (v instanceof PyObject && v.size !== undefined && v.typeName === 'range')
const isIterable = (v: PyValue): boolean =>
  isSequence(v) || (v instanceof PyObject && v.iterate !== undefined)

/** Python `is`: identity for objects; for immutable scalars, the same value of the same type. */
function sameAs(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'object' && a !== null) return a === b
  return typeof a === typeof b && a === b
}

const compareTest = (names: string[], op: OrderOp): [string, Test][] =>
  names.map((n) => define(n, ['other'], 1, (v, [o]) => compareOp(v, o as PyValue, op)))

const modulo = (v: PyValue, n: PyValue): PyValue => binary('%', v, n)

export const TESTS: ReadonlyMap<string, Test> = new Map<string, Test>([
  unary('defined', (v) => !(v instanceof Undefined)),
  unary('undefined', (v) => v instanceof Undefined),
  unary('none', (v) => v === null),
  unary('boolean', (v) => typeof v === 'boolean'),
  unary('true', (v) => v === true),
  unary('false', (v) => v === false),
  unary('integer', (v) => isInt(v)),
  unary('float', (v) => v instanceof PyFloat),
  unary('number', isNumber),
  unary('string', (v) => typeof v === 'string'),
  unary('mapping', (v) => v instanceof PyDict),
  unary('sequence', isSequence),
  unary('iterable', isIterable),
  unary(
    'callable',
    (v) => v instanceof Undefined || (v instanceof PyObject && v.call !== undefined),
  ),
  unary('escaped', () => false),
  unary('lower', (v) => callStrMethod(toStr(v), 'islower', [], NO_KWARGS) === true),
  unary('upper', (v) => callStrMethod(toStr(v), 'isupper', [], NO_KWARGS) === true),
  unary('odd', (v) => eq(modulo(v, 2), 1)),
  unary('even', (v) => eq(modulo(v, 2), 0)),
  define('divisibleby', ['num'], 1, (v, [n]) => eq(modulo(v, n as PyValue), 0)),
  define('sameas', ['other'], 1, (v, [o]) => sameAs(v, o as PyValue)),
  define('in', ['seq'], 1, (v, [seq]) => contains(seq as PyValue, v)),
  define('filter', [], 0, (v, _args, env) => typeof v === 'string' && env.hasFilter(v)),
  define('test', [], 0, (v, _args, env) => typeof v === 'string' && env.hasTest(v)),
  ...['==', 'eq', 'equalto'].map((n) => define(n, ['other'], 1, (v, [o]) => eq(v, o as PyValue))),
  ...['!=', 'ne'].map((n) => define(n, ['other'], 1, (v, [o]) => !eq(v, o as PyValue))),
  ...compareTest(['>', 'gt', 'greaterthan'], '>'),
  ...compareTest(['>=', 'ge'], '>='),
  ...compareTest(['<', 'lt', 'lessthan'], '<'),
  ...compareTest(['<=', 'le'], '<='),
])

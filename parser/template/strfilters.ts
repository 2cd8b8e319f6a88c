// Jinja2's string filters (they all work on str(value), so None | lower is 'none'), and the platform's own:
// strip (Python str.strip), basename and dirname (split at the last / or \ only), and is_ipaddress
// (whether str(value) is an address Python's ipaddress module accepts; real formats filter on it).

import { isIpAddress } from '../ecs/ip'
import { NO_KWARGS } from './args'
import { type Bound, defineFilter } from './define'
import type { Filter } from './environment'
import { typeError } from './errors'
import { len, truthy } from './protocol'
import { toStr } from './repr'
import { callStrMethod, stripChars } from './strmethods'
import { codePoints, PY_SPACE } from './text'
import { type PyValue, typeName } from './values'

const strMethod = (s: string, name: string, ...args: PyValue[]): PyValue =>
  callStrMethod(s, name, args, NO_KWARGS)
const arg = (v: PyValue | undefined, fallback: PyValue): PyValue => (v === undefined ? fallback : v)

const WORD_START = new RegExp(`([-${PY_SPACE}({[<]+)`)

/** Jinja2's title filter: words start after -, whitespace, (, {, [ or <; it is not str.title(). */
function title(s: string): string {
  return s
    .split(WORD_START)
    .filter((item) => item !== '')
    .map((item) => {
      const [first = '', ...rest] = codePoints(item)
      return first.toUpperCase() + rest.join('').toLowerCase()
    })
    .join('')
}

/** Jinja2's truncate does not convert its value: a short list comes back as is, an int has no len(). */
function truncate(value: PyValue, [lengthArg, killwords, endArg, leewayArg]: Bound): PyValue {
  const length = toInt(arg(lengthArg, 255))
  const end = toStr(arg(endArg, '...'))
  const leeway = leewayArg === undefined || leewayArg === null ? 5 : toInt(leewayArg)
  if (length < end.length) throw typeError(`expected length >= ${end.length}, got ${length}`)
  if (len(value) <= length + leeway) return value
  if (typeof value !== 'string')
    throw typeError(`can only concatenate ${typeName(value)} (not "str") to ${typeName(value)}`)
  const chars = codePoints(value)
  const head = chars.slice(0, length - end.length).join('')
  if (killwords !== undefined && truthy(killwords)) return head + end
  const cut = head.lastIndexOf(' ')
  return (cut < 0 ? head : head.slice(0, cut)) + end
}

function toInt(v: PyValue): number {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  throw typeError(`'${toStr(v)}' cannot be interpreted as an integer`)
}

/** The platform splits a path at its last / or \ only: "/etc/a//b.conf" -> "/etc/a/" and "b.conf". */
function splitPath(s: string): [string, string] {
  const at = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'))
  return at < 0 ? ['', s] : [s.slice(0, at), s.slice(at + 1)]
}

export const STRING_FILTERS: [string, Filter][] = [
  defineFilter('lower', [], (v) => toStr(v).toLowerCase()),
  defineFilter('upper', [], (v) => toStr(v).toUpperCase()),
  defineFilter('capitalize', [], (v) => strMethod(toStr(v), 'capitalize')),
  defineFilter('title', [], (v) => title(toStr(v))),
  defineFilter('trim', ['chars'], (v, [chars]) => stripChars(toStr(v), chars, true, true)),
  defineFilter('strip', ['chars'], (v, [chars]) => stripChars(toStr(v), chars, true, true)),
  defineFilter('string', [], (v) => toStr(v)),
  defineFilter(
    'replace',
    ['old', 'new', 'count'],
    (v, [old, replacement, count]) =>
      strMethod(
        toStr(v),
        'replace',
        toStr(old ?? null),
        toStr(replacement ?? null),
        arg(count, -1) ?? -1,
      ),
    { required: 2 },
  ),
  defineFilter('truncate', ['length', 'killwords', 'end', 'leeway'], truncate),
  defineFilter('center', ['width'], (v, [width]) => strMethod(toStr(v), 'center', arg(width, 80))),
  defineFilter('wordcount', [], (v) => toStr(v).match(/[\p{L}\p{N}_]+/gu)?.length ?? 0),
  defineFilter('basename', [], (v) => splitPath(toStr(v))[1]),
  defineFilter('dirname', [], (v) => splitPath(toStr(v))[0]),
  defineFilter('is_ipaddress', [], (v) => isIpAddress(toStr(v))),
]

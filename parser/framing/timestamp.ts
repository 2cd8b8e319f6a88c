// Header timestamps → '@timestamp' (ISO 8601, UTC, milliseconds). Two spellings: RFC 3339 / ISO 8601
// (`2023-04-18T07:14:36.123Z`, the zone optional) and RFC 3164's `Apr 18 07:14:36` (no year, no zone).
//
// A stamp without a zone is read in `options.timezone`. A stamp without a year takes the year
// `options.now` has in that zone, unless that puts it more than a day after `now` (a December line
// read in January): then it takes the year before. The day of grace absorbs clock skew between the
// sender and the reader. Leap seconds (:60) are refused, as RFC 5424 refuses them.
import type { Fault } from './framed'
import type { FramingOptions } from './types'
import { type WallTime, wallTimeAsUtc, zoneNamed } from './zone'

export interface Stamp {
  /** Offset just past the stamp. */
  end: number
  /** The instant in ISO 8601, UTC, to the millisecond. */
  iso: string
}

const DAY_MS = 86_400_000
const noCurrentYear: Fault = { fault: 'no usable current date to give the timestamp a year' }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH_ALTERNATIVES = MONTHS.join('|')

const ISO_DATE = /\d{4}-\d{2}-\d{2}T/y
const ISO_STAMP =
  /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))?/y
const BSD_MONTH = new RegExp(`(?:${MONTH_ALTERNATIVES}) `, 'y')
const BSD_STAMP = new RegExp(
  `(${MONTH_ALTERNATIVES}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`,
  'y',
)

function startsAt(pattern: RegExp, line: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position
  return pattern.exec(line)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** Why `wall` names no real moment, or null when it does. */
function impossibility(wall: WallTime): string | null {
  const { year, month, day, hour, minute, second } = wall
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return `impossible date ${year}-${pad(month)}-${pad(day)}`
  if (hour > 23 || minute > 59 || second > 59)
    return `impossible time ${pad(hour)}:${pad(minute)}:${pad(second)}`
  return null
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function milliseconds(fraction: string | undefined): number {
  return fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'))
}

function unknownZone(zone: string): Fault {
  return { fault: `unknown time zone "${zone}" for a timestamp without one` }
}

/** An RFC 3339 stamp at `position`; null when no `yyyy-mm-ddT` starts there. */
export function readIsoStamp(
  line: string,
  position: number,
  options: FramingOptions,
): Stamp | Fault | null {
  if (startsAt(ISO_DATE, line, position) === null) return null
  const match = startsAt(ISO_STAMP, line, position)
  if (match === null) return { fault: 'truncated timestamp' }
  const [text, year, month, day, hour, minute, second, fraction, zone, sign, zoneHour, zoneMinute] =
    match
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: milliseconds(fraction),
  }
  const problem = impossibility(wall)
  if (problem !== null) return { fault: `${problem} in "${text}"` }
  let instant: number
  if (zone === undefined) {
    const named = zoneNamed(options.timezone)
    if (named === null) return unknownZone(options.timezone)
    instant = named.toUtc(wall)
  } else if (zone === 'Z') {
    instant = wallTimeAsUtc(wall)
  } else {
    const hours = Number(zoneHour)
    const minutes = Number(zoneMinute)
    if (hours > 23 || minutes > 59) return { fault: `impossible UTC offset in "${text}"` }
    const offset = (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000
    instant = wallTimeAsUtc(wall) - offset
  }
  return { end: position + text.length, iso: new Date(instant).toISOString() }
}

/** An RFC 3164 stamp (`Apr 18 07:14:36`, `Apr  8 …`) at `position`; null when no month name starts there. */
export function readBsdStamp(
  line: string,
  position: number,
  options: FramingOptions,
): Stamp | Fault | null {
  if (startsAt(BSD_MONTH, line, position) === null) return null
  const match = startsAt(BSD_STAMP, line, position)
  if (match === null) return { fault: 'truncated timestamp' }
  const [text, monthName, day, hour, minute, second, fraction] = match
  const now = options.now.getTime()
  if (!Number.isFinite(now)) return noCurrentYear
  const zone = zoneNamed(options.timezone)
  if (zone === null) return unknownZone(options.timezone)
  const wall: WallTime = {
    year: zone.yearAt(now),
    month: MONTHS.indexOf(monthName ?? '') + 1,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: milliseconds(fraction),
  }
  // Beyond four-digit years, zone offsets could push the instant past what Date represents.
  if (wall.year < 1 || wall.year > 9999) return noCurrentYear
  let instant = zone.toUtc(wall)
  if (instant > now + DAY_MS) {
    wall.year -= 1
    instant = zone.toUtc(wall)
  }
  const problem = impossibility(wall)
  if (problem !== null) return { fault: `${problem} in "${text}"` }
  return { end: position + text.length, iso: new Date(instant).toISOString() }
}

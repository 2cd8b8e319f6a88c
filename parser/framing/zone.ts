// Wall-clock time in a named zone ↔ UTC instants, with the platform's own time-zone database (Intl),
// so no date library is needed.

/** A calendar date and time of day as written in a log, with no zone attached. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

export interface Zone {
  /** The year clocks in the zone show at `instant`. */
  yearAt(instant: number): number
  /**
   * The instant at which clocks in the zone showed `wall`. In a gap (spring forward) the offset
   * before the change is used; in an overlap, the one after it.
   */
  toUtc(wall: WallTime): number
}

/** Milliseconds since the epoch of a wall time read as UTC; years below 100 stay themselves. */
export function wallTimeAsUtc(wall: WallTime): number {
  const { year, month, day, hour, minute, second, millisecond } = wall
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  if (year >= 100 || year < 0) return instant
  // Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(instant)
  date.setUTCFullYear(year)
  return date.getTime()
}

const UTC: Zone = {
  yearAt: (instant) => new Date(instant).getUTCFullYear(),
  toUtc: wallTimeAsUtc,
}

/** The wall time `formatter`'s zone shows at `instant`, to the second. */
function wallTimeIn(formatter: Intl.DateTimeFormat, instant: number): WallTime {
  const wall: WallTime = {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  }
  let beforeChrist = false
  for (const { type, value } of formatter.formatToParts(instant)) {
    if (type === 'era') beforeChrist = value === 'BC'
    else if (type === 'year') wall.year = Number(value)
    else if (type === 'month') wall.month = Number(value)
    else if (type === 'day') wall.day = Number(value)
    else if (type === 'hour') wall.hour = Number(value)
    else if (type === 'minute') wall.minute = Number(value)
    else if (type === 'second') wall.second = Number(value)
  }
  if (beforeChrist) wall.year = 1 - wall.year
  return wall
}

function intlZone(formatter: Intl.DateTimeFormat): Zone {
  const offsetAt = (instant: number): number => {
    const whole = instant - (((instant % 1000) + 1000) % 1000)
    return wallTimeAsUtc(wallTimeIn(formatter, whole)) - whole
  }
  // Every line of a batch asks for the year at the same `now`: remember the last answer.
  let lastInstant = Number.NaN
  let lastYear = 0
  return {
    yearAt(instant) {
      if (instant !== lastInstant) {
        lastYear = wallTimeIn(formatter, instant).year
        lastInstant = instant
      }
      return lastYear
    },
    toUtc(wall) {
      const asUtc = wallTimeAsUtc(wall)
      return asUtc - offsetAt(asUtc - offsetAt(asUtc))
    },
  }
}

const zones = new Map<string, Zone | null>([
  ['UTC', UTC],
  ['Etc/UTC', UTC],
])

/** The zone called `name` ('UTC' or an IANA name), or null when the platform does not know it. */
export function zoneNamed(name: string): Zone | null {
  const cached = zones.get(name)
  if (cached !== undefined) return cached
  let zone: Zone | null
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    zone = intlZone(formatter)
  } catch {
    zone = null
  }
  zones.set(name, zone)
  return zone
}

export function isTimeZone(name: string): boolean {
  return zoneNamed(name) !== null
}

import { describe, expect, it } from 'vitest'
import { isTimeZone, type WallTime, wallTimeAsUtc, type Zone, zoneNamed } from './zone'

function wall(text: string): WallTime {
  const [date = '', time = ''] = text.split('T')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute, second] = time.split(':').map(Number)
  return {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
    millisecond: 0,
  }
}

function iso(instant: number): string {
  return new Date(instant).toISOString()
}

function zone(name: string): Zone {
  const found = zoneNamed(name)
  if (found === null) throw new Error(`${name} is unknown here`)
  return found
}

describe('Zone.toUtc', () => {
  it('reads UTC as is and keeps two-digit years as written', () => {
    expect(iso(zone('UTC').toUtc(wall('2023-04-18T07:14:36')))).toBe('2023-04-18T07:14:36.000Z')
    expect(iso(wallTimeAsUtc(wall('0042-01-01T00:00:00')))).toBe('0042-01-01T00:00:00.000Z')
  })

  it('applies summer and winter offsets of an IANA zone', () => {
    const paris = zone('Europe/Paris')
    expect(iso(paris.toUtc(wall('2023-07-01T12:00:00')))).toBe('2023-07-01T10:00:00.000Z')
    expect(iso(paris.toUtc(wall('2023-01-01T12:00:00')))).toBe('2023-01-01T11:00:00.000Z')
    expect(iso(zone('Asia/Kolkata').toUtc(wall('2023-01-01T12:00:00')))).toBe(
      '2023-01-01T06:30:00.000Z',
    )
  })

  it('uses the earlier offset in a spring-forward gap and the later one in an overlap', () => {
    const paris = zone('Europe/Paris')
    expect(iso(paris.toUtc(wall('2023-03-26T02:30:00')))).toBe('2023-03-26T01:30:00.000Z')
    expect(iso(paris.toUtc(wall('2023-10-29T02:30:00')))).toBe('2023-10-29T01:30:00.000Z')
  })
})

describe('Zone.yearAt', () => {
  it('gives the year the zone shows, which can differ from UTC’s', () => {
    const newYearInTokyo = Date.parse('2022-12-31T15:00:00Z')
    expect(zone('UTC').yearAt(newYearInTokyo)).toBe(2022)
    expect(zone('Asia/Tokyo').yearAt(newYearInTokyo)).toBe(2023)
    expect(zone('Asia/Tokyo').yearAt(newYearInTokyo - 1)).toBe(2022)
  })
})

describe('zoneNamed and isTimeZone', () => {
  it('tells known zones from unknown ones', () => {
    expect(zoneNamed('Mars/Olympus_Mons')).toBeNull()
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('America/St_Johns')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})

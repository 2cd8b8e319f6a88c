import { describe, expect, it } from 'vitest'
import { readBsdStamp, readIsoStamp } from './timestamp'
import type { FramingOptions } from './types'

function optionsAt(now: string, timezone = 'UTC'): FramingOptions {
  return { enabled: true, timezone, now: new Date(now) }
}

const june = optionsAt('2023-06-01T12:00:00Z')

describe('readIsoStamp', () => {
  it.each([
    ['2023-04-18T07:14:36Z', '2023-04-18T07:14:36.000Z'],
    ['2023-04-18T07:14:36.1Z', '2023-04-18T07:14:36.100Z'],
    ['2023-04-18T07:14:36.123456789Z', '2023-04-18T07:14:36.123Z'],
    ['2023-04-18T07:14:36.999999-05:30', '2023-04-18T12:44:36.999Z'],
    ['2024-02-29T23:59:59+00:00', '2024-02-29T23:59:59.000Z'],
    ['2023-12-31T23:30:00-01:00', '2024-01-01T00:30:00.000Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(readIsoStamp(`${text} rest`, 0, june)).toEqual({ end: text.length, iso: expected })
  })

  it('reads from the given position', () => {
    expect(readIsoStamp('<13>2023-04-18T07:14:36Z', 4, june)).toEqual({
      end: 24,
      iso: '2023-04-18T07:14:36.000Z',
    })
  })

  it('reads a zone-less stamp in the chosen zone, and faults on an unknown one', () => {
    expect(readIsoStamp('2023-04-18T07:14:36', 0, optionsAt('2023-01-01', 'Asia/Tokyo'))).toEqual({
      end: 19,
      iso: '2023-04-17T22:14:36.000Z',
    })
    expect(readIsoStamp('2023-04-18T07:14:36', 0, optionsAt('2023-01-01', 'Nowhere'))).toEqual({
      fault: 'unknown time zone "Nowhere" for a timestamp without one',
    })
  })

  it('is not concerned with text that is no ISO date', () => {
    expect(readIsoStamp('2023-04-18 07:14:36', 0, june)).toBeNull()
    expect(readIsoStamp('Apr 18 07:14:36', 0, june)).toBeNull()
  })

  it.each([
    ['2023-02-29T00:00:00Z', 'impossible date 2023-02-29'],
    ['2023-00-10T00:00:00Z', 'impossible date 2023-00-10'],
    ['2023-04-00T00:00:00Z', 'impossible date 2023-04-00'],
    ['2023-04-18T24:00:00Z', 'impossible time 24:00:00'],
    ['2023-04-18T07:14:60Z', 'impossible time 07:14:60'],
  ])('refuses %s', (text, problem) => {
    expect(readIsoStamp(text, 0, june)).toEqual({ fault: `${problem} in "${text}"` })
  })

  it('calls a stamp cut short truncated', () => {
    expect(readIsoStamp('2023-04-18T07:1', 0, june)).toEqual({ fault: 'truncated timestamp' })
  })
})

describe('readBsdStamp: the year rule', () => {
  it('takes the current year when that is not in the future', () => {
    expect(readBsdStamp('Apr 18 07:14:36', 0, june)).toEqual({
      end: 15,
      iso: '2023-04-18T07:14:36.000Z',
    })
  })

  it('takes the previous year when the current one puts the stamp more than a day ahead', () => {
    const january = optionsAt('2024-01-02T00:00:00Z')
    expect(readBsdStamp('Dec 31 23:59:59', 0, january)).toMatchObject({
      iso: '2023-12-31T23:59:59.000Z',
    })
  })

  it('keeps the current year within a day of grace (clock skew)', () => {
    expect(readBsdStamp('Jun  2 11:00:00', 0, june)).toMatchObject({
      iso: '2023-06-02T11:00:00.000Z',
    })
    expect(readBsdStamp('Jun  2 13:00:00', 0, june)).toMatchObject({
      iso: '2022-06-02T13:00:00.000Z',
    })
  })

  it('reads the year and the time in the chosen zone', () => {
    const tokyoNewYear = optionsAt('2022-12-31T16:00:00Z', 'Asia/Tokyo')
    expect(readBsdStamp('Jan  1 00:30:00', 0, tokyoNewYear)).toMatchObject({
      iso: '2022-12-31T15:30:00.000Z',
    })
  })

  it('accepts Feb 29 in a leap year only', () => {
    expect(readBsdStamp('Feb 29 10:00:00', 0, optionsAt('2024-03-01T00:00:00Z'))).toMatchObject({
      iso: '2024-02-29T10:00:00.000Z',
    })
    expect(readBsdStamp('Feb 29 10:00:00', 0, june)).toEqual({
      fault: 'impossible date 2023-02-29 in "Feb 29 10:00:00"',
    })
  })

  it('needs a usable current date', () => {
    expect(readBsdStamp('Apr 18 07:14:36', 0, optionsAt('not a date'))).toEqual({
      fault: 'no usable current date to give the timestamp a year',
    })
  })

  it('is not concerned with text that opens with no month name', () => {
    expect(readBsdStamp('Hello world', 0, june)).toBeNull()
    expect(readBsdStamp('Apr 18', 0, june)).toEqual({ fault: 'truncated timestamp' })
  })
})

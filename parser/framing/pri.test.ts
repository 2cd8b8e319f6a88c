import { describe, expect, it } from 'vitest'
import { HeaderBuilder } from './framed'
import { addPriorityFields, readPriority, readPrival } from './pri'

describe('readPrival', () => {
  it.each([
    ['0', 0],
    ['13', 13],
    ['191', 191],
  ])('reads %s', (digits, value) => {
    expect(readPrival(digits)).toBe(value)
  })

  it.each([
    ['', 'empty syslog priority <>'],
    ['192', 'syslog priority <192> is above 191'],
    ['00', 'syslog priority <00> has a leading zero'],
    ['-1', 'syslog priority <-1> is not a number'],
    ['1 3', 'syslog priority <1 3> is not a number'],
  ])('refuses %j', (digits, fault) => {
    expect(readPrival(digits)).toEqual({ fault })
  })
})

describe('readPriority', () => {
  it('spans the digits', () => {
    expect(readPriority('<166>x')).toEqual({ value: 166, start: 1, end: 4 })
  })

  it('ignores a "<" that no nearby ">" closes', () => {
    expect(readPriority('<io_obj p:0x0>')).toBeNull()
    expect(readPriority('<')).toBeNull()
  })
})

describe('addPriorityFields', () => {
  it.each([
    [0, 0, 'kern', 0, 'Emergency'],
    [38, 4, 'auth', 6, 'Informational'],
    [86, 10, 'authpriv', 6, 'Informational'],
    [166, 20, 'local4', 6, 'Informational'],
    [191, 23, 'local7', 7, 'Debug'],
    [107, 13, 'audit', 3, 'Error'],
  ])(
    'splits %i into facility %i (%s) and severity %i (%s)',
    (value, facility, facilityName, severity, severityName) => {
      const header = new HeaderBuilder()
      addPriorityFields(header, { value, start: 1, end: 4 })
      const framed = header.finish('rfc3164', '<000>', 5)
      expect(framed.fields).toEqual({
        'log.syslog.priority': value,
        'log.syslog.facility.code': facility,
        'log.syslog.facility.name': facilityName,
        'log.syslog.severity.code': severity,
        'log.syslog.severity.name': severityName,
      })
      expect(framed.header.parts.every((part) => part.start === 1 && part.end === 4)).toBe(true)
    },
  )
})

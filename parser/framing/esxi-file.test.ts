import { describe, expect, it } from 'vitest'
import { frame } from './frame'
import type { FramingOptions } from './types'

const options: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-06-01T12:00:00Z'),
}

const STAMP = '2023-04-18T07:14:36.123Z'

describe('ESXi 6.x/7.x log files', () => {
  it('hands hostd.log lines to the rules as the seed has them: everything after the stamp', () => {
    const message =
      'info hostd[2099656] [Originator@6876 sub=Vimsvc opID=esxcli-a5-20ae] [Auth]: User root'
    const framed = frame(`${STAMP} ${message}`, options)
    expect(framed).toEqual({
      kind: 'esxi-file',
      message,
      messageStart: STAMP.length + 1,
      fields: { '@timestamp': '2023-04-18T07:14:36.123Z' },
      header: {
        start: 0,
        end: STAMP.length + 1,
        parts: [{ field: '@timestamp', start: 0, end: STAMP.length }],
      },
    })
  })

  it('takes the program tag of auth.log and shell.log lines as header', () => {
    const framed = frame(`${STAMP} sshd[2101458]: Connection from 1.2.3.4 port 33398`, options)
    expect(framed.kind).toBe('esxi-file')
    expect(framed.message).toBe('Connection from 1.2.3.4 port 33398')
    expect(framed.fields).toEqual({
      '@timestamp': '2023-04-18T07:14:36.123Z',
      'process.name': 'sshd',
      'process.pid': 2101458,
    })
  })

  it('reads vobd.log, whose stamp ends in a colon', () => {
    const message =
      '[GenericCorrelator] 3087878318715us: [vob.user.ssh.session.opened] SSH session was opened'
    const framed = frame(`${STAMP}: ${message}`, options)
    expect(framed.kind).toBe('esxi-file')
    expect(framed.message).toBe(message)
  })

  it('does not take a pid-less word or vmkernel’s cpu prefix for a tag', () => {
    expect(frame(`${STAMP} Warning: disk full`, options).message).toBe('Warning: disk full')
    expect(frame(`${STAMP} cpu3:2097632)WARNING: x`, options).message).toBe(
      'cpu3:2097632)WARNING: x',
    )
  })

  it('reads a stamp with an offset, or none (then in the chosen zone)', () => {
    expect(frame('2023-04-18T09:14:36+02:00 x', options).fields['@timestamp']).toBe(
      '2023-04-18T07:14:36.000Z',
    )
    const newYork = { ...options, timezone: 'America/New_York' }
    expect(frame('2023-04-18T03:14:36.5 x', newYork).fields['@timestamp']).toBe(
      '2023-04-18T07:14:36.500Z',
    )
  })
})

describe('ESXi 8 log files', () => {
  it('takes severity and program as header; the message starts after "Hostd[pid]: "', () => {
    const line = `${STAMP} In(166) Hostd[2099656]: [Originator@6876 sub=Vimsvc.ha-eventmgr opID=esxcli-76-ecbf] Event 975279 : User root@127.0.0.1 logged in as pyvmomi`
    const framed = frame(line, options)
    expect(framed.kind).toBe('esxi8-file')
    expect(framed.message).toBe(
      '[Originator@6876 sub=Vimsvc.ha-eventmgr opID=esxcli-76-ecbf] Event 975279 : User root@127.0.0.1 logged in as pyvmomi',
    )
    expect(framed.fields).toEqual({
      '@timestamp': '2023-04-18T07:14:36.123Z',
      'log.level': 'In',
      'log.syslog.priority': 166,
      'log.syslog.facility.code': 20,
      'log.syslog.facility.name': 'local4',
      'log.syslog.severity.code': 6,
      'log.syslog.severity.name': 'Informational',
      'process.name': 'Hostd',
      'process.pid': 2099656,
    })
    expect(framed.header.parts).toContainEqual({ field: 'log.level', start: 25, end: 27 })
    expect(framed.header.parts).toContainEqual({ field: 'log.syslog.priority', start: 28, end: 31 })
    expect(framed.header.parts).toContainEqual({ field: 'process.name', start: 33, end: 38 })
  })

  it('reads a continuation line (line marker "+")', () => {
    const framed = frame(`${STAMP} Db(167)+ Hostd[2099656]: --> more`, options)
    expect(framed.kind).toBe('esxi8-file')
    expect(framed.fields['log.syslog.severity.name']).toBe('Debug')
    expect(framed.message).toBe('--> more')
  })

  it('keeps a logger level that is not a matching PRI out of log.syslog.*', () => {
    for (const line of [`${STAMP} In(05) vmx - Log for VMware ESX`, `${STAMP} Wa(166) vmx - x`]) {
      const framed = frame(line, options)
      expect(framed.kind).toBe('esxi8-file')
      expect(framed.fields['log.syslog.priority']).toBeUndefined()
      expect(framed.message).toBe(line.slice(line.indexOf('vmx')))
    }
  })

  it('reads an empty severity value and a pid-less program', () => {
    const framed = frame(`${STAMP} No() vmkernel: cpu3:2097632)x`, options)
    expect(framed.fields).toEqual({
      '@timestamp': '2023-04-18T07:14:36.123Z',
      'log.level': 'No',
      'process.name': 'vmkernel',
    })
    expect(framed.message).toBe('cpu3:2097632)x')
  })
})

describe('malformed ESXi file lines', () => {
  it.each([
    [
      '2023-02-30T07:14:36.123Z info hostd[1] x',
      'impossible date 2023-02-30 in "2023-02-30T07:14:36.123Z"',
    ],
    ['2023-04-18T25:00:00Z info hostd[1] x', 'impossible time 25:00:00 in "2023-04-18T25:00:00Z"'],
    ['2023-04-18T07:60:00Z x', 'impossible time 07:60:00 in "2023-04-18T07:60:00Z"'],
    ['2023-13-01T07:14:36Z x', 'impossible date 2023-13-01 in "2023-13-01T07:14:36Z"'],
    ['2023-04-18T07:14', 'truncated timestamp'],
    [STAMP, 'truncated ESXi log line: it ends after the timestamp'],
    [`${STAMP} In(166)`, 'truncated ESXi log line: it ends after the severity'],
    [`${STAMP}info hostd[1] x`, 'ESXi log timestamp not followed by a space'],
  ])('leaves %j bare: %s', (line, diagnostic) => {
    const framed = frame(line, options)
    expect(framed.kind).toBe('bare')
    expect(framed.message).toBe(line)
    expect(framed.diagnostic).toBe(diagnostic)
  })
})

import { describe, expect, it } from 'vitest'
import { frame } from './frame'
import type { FramingOptions } from './types'

const options: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-06-01T12:00:00Z'),
}

const HOSTD_MESSAGE =
  'info hostd[2099656] [Originator@6876 sub=Vimsvc.ha-eventmgr opID=esxcli-76-ecbf] Event 975279 : User root@127.0.0.1 logged in as pyvmomi'

describe('RFC 3164 framing', () => {
  it('reads what ESXi 7 forwards: RFC 3339 stamp, host, "Hostd:" and the message the rules expect', () => {
    const line = `<166>2023-04-18T07:14:36.123Z esx01.example.com Hostd: ${HOSTD_MESSAGE}`
    const framed = frame(line, options)
    expect(framed.kind).toBe('rfc3164')
    expect(framed.message).toBe(HOSTD_MESSAGE)
    expect(framed.messageStart).toBe(line.indexOf('info'))
    expect(framed.fields).toEqual({
      '@timestamp': '2023-04-18T07:14:36.123Z',
      'host.hostname': 'esx01.example.com',
      'log.syslog.priority': 166,
      'log.syslog.facility.code': 20,
      'log.syslog.facility.name': 'local4',
      'log.syslog.severity.code': 6,
      'log.syslog.severity.name': 'Informational',
      'log.syslog.appname': 'Hostd',
      'process.name': 'Hostd',
    })
    expect(framed.header.parts).toContainEqual({ field: 'host.hostname', start: 30, end: 47 })
    expect(framed.header.parts).toContainEqual({ field: 'log.syslog.priority', start: 1, end: 4 })
  })

  it('reads a classic BSD line with a pid in the tag', () => {
    const line =
      '<38>Apr 18 07:14:36 esx01 sshd[2101458]: Accepted publickey for root from 1.2.3.4 port 33398 ssh2'
    const framed = frame(line, options)
    expect(framed.kind).toBe('rfc3164')
    expect(framed.message).toBe('Accepted publickey for root from 1.2.3.4 port 33398 ssh2')
    expect(framed.fields).toMatchObject({
      '@timestamp': '2023-04-18T07:14:36.000Z',
      'host.hostname': 'esx01',
      'log.syslog.facility.name': 'auth',
      'process.name': 'sshd',
      'process.pid': 2101458,
    })
    expect(framed.header.parts).toContainEqual({ field: 'process.pid', start: 31, end: 38 })
  })

  it('reads a space-padded day and keeps the message verbatim, leading spaces included', () => {
    const framed = frame('<14>Apr  8 07:14:36 esx01 vobd:  [GenericCorrelator] x', options)
    expect(framed.fields['@timestamp']).toBe('2023-04-08T07:14:36.000Z')
    expect(framed.fields['process.name']).toBe('vobd')
    expect(framed.message).toBe(' [GenericCorrelator] x')
  })

  it('reads a local line that has no host name, the tag right after the stamp', () => {
    const framed = frame('<13>Apr 18 07:14:36 shell[123]: [root]: ls', options)
    expect(framed.kind).toBe('rfc3164')
    expect(framed.fields['host.hostname']).toBeUndefined()
    expect(framed.fields['process.pid']).toBe(123)
    expect(framed.message).toBe('[root]: ls')
  })

  it('leaves a message without a tag whole after the host name', () => {
    const framed = frame('<13>Apr 18 07:14:36 esx01 cpu3:2097632)WARNING: x', options)
    expect(framed.fields['process.name']).toBeUndefined()
    expect(framed.message).toBe('cpu3:2097632)WARNING: x')
  })

  it('reads zone-less stamps in the chosen zone', () => {
    const paris = { ...options, timezone: 'Europe/Paris' }
    expect(frame('<13>Apr 18 07:14:36 h a: b', paris).fields['@timestamp']).toBe(
      '2023-04-18T05:14:36.000Z',
    )
    expect(frame('<13>2023-01-18T07:14:36 h a: b', paris).fields['@timestamp']).toBe(
      '2023-01-18T06:14:36.000Z',
    )
  })

  it.each([
    ['<192>Apr 18 07:14:36 h a: b', 'syslog priority <192> is above 191'],
    ['<013>Apr 18 07:14:36 h a: b', 'syslog priority <013> has a leading zero'],
    ['<1a>Apr 18 07:14:36 h a: b', 'syslog priority <1a> is not a number'],
    ['<>Apr 18 07:14:36 h a: b', 'empty syslog priority <>'],
    ['<13>Feb 30 07:14:36 h a: b', 'impossible date 2023-02-30 in "Feb 30 07:14:36"'],
    ['<13>Feb 29 07:14:36 h a: b', 'impossible date 2023-02-29 in "Feb 29 07:14:36"'],
    ['<13>Apr 18 25:00:00 h a: b', 'impossible time 25:00:00 in "Apr 18 25:00:00"'],
    ['<13>2023-04-31T07:14:36Z h a: b', 'impossible date 2023-04-31 in "2023-04-31T07:14:36Z"'],
    ['<13>', 'truncated syslog header: nothing after <PRI>'],
    ['<13>Apr 18 07:1', 'truncated timestamp'],
    ['<13>Apr 18 07:14:36', 'truncated syslog header: it ends after the timestamp'],
    ['<13>Apr 18 07:14:36 esx01', 'truncated syslog header: it ends after the host name'],
    ['<13>Apr 18 07:14:36  a: b', 'syslog header has an empty host name'],
    ['<13>Apr 18 07:14:36x h a: b', 'syslog timestamp not followed by a space'],
    ['<13>hello world', 'no timestamp after the syslog priority'],
  ])('leaves %j bare: %s', (line, diagnostic) => {
    const framed = frame(line, options)
    expect(framed.kind).toBe('bare')
    expect(framed.message).toBe(line)
    expect(framed.diagnostic).toBe(diagnostic)
  })

  it('is silent about prose that merely opens with "<"', () => {
    expect(frame('<TCP 5.6.7.8 : 443> closed', options).diagnostic).toBeUndefined()
  })
})

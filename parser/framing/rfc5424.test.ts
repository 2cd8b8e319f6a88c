import { describe, expect, it } from 'vitest'
import { frame } from './frame'
import type { FramingOptions } from './types'

const options: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-06-01T12:00:00Z'),
}

describe('RFC 5424 framing', () => {
  it('reads every header field, the structured data and a BOM-opened message', () => {
    const line =
      '<166>1 2023-04-18T09:14:36.123456+02:00 esx01 Hostd 2099656 hostd-msg [Originator@6876 sub="Vimsvc.ha-eventmgr" opID="esxcli-76-ecbf"] \uFEFFEvent 975279 : User root@127.0.0.1 logged in'
    const framed = frame(line, options)
    expect(framed.kind).toBe('rfc5424')
    expect(framed.message).toBe('Event 975279 : User root@127.0.0.1 logged in')
    expect(framed.messageStart).toBe(line.indexOf('Event'))
    expect(framed.fields).toEqual({
      '@timestamp': '2023-04-18T07:14:36.123Z',
      'host.hostname': 'esx01',
      'log.syslog.priority': 166,
      'log.syslog.facility.code': 20,
      'log.syslog.facility.name': 'local4',
      'log.syslog.severity.code': 6,
      'log.syslog.severity.name': 'Informational',
      'log.syslog.version': '1',
      'log.syslog.appname': 'Hostd',
      'log.syslog.procid': '2099656',
      'log.syslog.msgid': 'hostd-msg',
      'log.syslog.structured_data': {
        'Originator@6876': { sub: 'Vimsvc.ha-eventmgr', opID: 'esxcli-76-ecbf' },
      },
      'process.name': 'Hostd',
      'process.pid': 2099656,
    })
    const data = line.indexOf('[Originator')
    expect(framed.header.parts).toContainEqual({
      field: 'log.syslog.structured_data',
      start: data,
      end: line.indexOf(' \uFEFF'),
    })
  })

  it('sets nothing for NILVALUE fields', () => {
    const framed = frame('<13>1 - - - - - - hello', options)
    expect(framed.kind).toBe('rfc5424')
    expect(framed.message).toBe('hello')
    expect(Object.keys(framed.fields).sort()).toEqual([
      'log.syslog.facility.code',
      'log.syslog.facility.name',
      'log.syslog.priority',
      'log.syslog.severity.code',
      'log.syslog.severity.name',
      'log.syslog.version',
    ])
  })

  it('keeps a non-numeric PROCID out of process.pid', () => {
    const framed = frame('<13>1 - host app worker-7 - - x', options)
    expect(framed.fields['log.syslog.procid']).toBe('worker-7')
    expect(framed.fields['process.pid']).toBeUndefined()
  })

  it('accepts a line with no MSG at all', () => {
    const line = '<13>1 2023-04-18T07:14:36Z host app - ID47 [a@1 k="v"]'
    const framed = frame(line, options)
    expect(framed.kind).toBe('rfc5424')
    expect(framed.message).toBe('')
    expect(framed.messageStart).toBe(line.length)
  })

  it('unescapes \\", \\\\ and \\] in parameter values', () => {
    const framed = frame('<13>1 - h a - - [x@1 q="say \\"hi\\" \\\\ [a\\] \\n"] m', options)
    expect(framed.fields['log.syslog.structured_data']).toEqual({
      'x@1': { q: 'say "hi" \\ [a] \\n' },
    })
  })

  it.each([
    ['<13>1 ', 'truncated RFC 5424 header: no timestamp'],
    ['<13>1 -', 'truncated RFC 5424 header: it ends after the timestamp'],
    ['<13>1 2023-04-18T07:14:36Z host app', 'truncated RFC 5424 header: nothing after APP-NAME'],
    ['<13>1 - host app 1 ID', 'truncated RFC 5424 header: nothing after MSGID'],
    ['<13>1 - host ', 'truncated RFC 5424 header: it ends before APP-NAME'],
    ['<13>1 - host app 1 ID ', 'unterminated structured data'],
    [
      '<13>1 2023-02-30T07:14:36Z h a - - - m',
      'impossible date 2023-02-30 in "2023-02-30T07:14:36Z"',
    ],
    [
      '<13>1 2023-04-18T07:14:36+24:00 h a - - - m',
      'impossible UTC offset in "2023-04-18T07:14:36+24:00"',
    ],
    ['<13>1 yesterday h a - - - m', 'RFC 5424 timestamp is neither "-" nor RFC 3339'],
    ['<13>1 - h\u00e9st a - - - m', 'malformed RFC 5424 HOSTNAME'],
    ['<13>1 - h a - - x m', 'structured data is neither "-" nor "[…]"'],
    ['<13>1 - h a - - [x@1 k=v] m', 'parameter "k" of "x@1" has no quoted value'],
    ['<13>1 - h a - - [x@1 k="v] m', 'unterminated structured data'],
    ['<13>1 - h a - - [x@1][x@1] m', 'structured data repeats the element "x@1"'],
    ['<13>1 - h a - - -m', 'structured data not followed by a space'],
    ['<999>1 - h a - - - m', 'syslog priority <999> is above 191'],
  ])('leaves %j bare: %s', (line, diagnostic) => {
    const framed = frame(line, options)
    expect(framed.kind).toBe('bare')
    expect(framed.message).toBe(line)
    expect(framed.diagnostic).toBe(diagnostic)
  })
})

import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import type { FramingOptions } from '../framing'
import { readFormatFolder } from '../node/read-folder'
import type { EcsEvent, ParseResult } from '../types'
import { compile } from './compile'
import { parse } from './run'
import type { CompiledParser } from './types'

const folder = fileURLToPath(new URL('../formats/vmware-esxi', import.meta.url))
const esxi = compile(loadFormat(await readFormatFolder(folder))).parser
if (!esxi) throw new Error('the ESXi format does not compile')
const parser: CompiledParser = esxi

const framing: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-06-01T00:00:00Z'),
}
const run = (line: string): ParseResult => parse(parser, line, { framing })

const SSHD_CONNECTION = 'Connection from 1.2.3.4 port 33398'
const SSHD_CONNECTION_EVENT: EcsEvent = {
  message: SSHD_CONNECTION,
  event: { kind: 'event', category: ['network'], type: ['connection'] },
  observer: { vendor: 'VMware', product: 'ESXi' },
  source: { ip: '1.2.3.4', port: 33398, address: '1.2.3.4' },
  related: { ip: ['1.2.3.4'] },
}
const SSHD_PUBLICKEY = 'Accepted publickey for root from 1.2.3.4 port 33398 ssh2: RSA SHA256:abc'
const SSHD_PUBLICKEY_EVENT: EcsEvent = {
  message: SSHD_PUBLICKEY,
  event: { kind: 'event', category: ['process'], type: ['info'] },
  observer: { vendor: 'VMware', product: 'ESXi' },
  user: { name: 'root' },
  source: { ip: '1.2.3.4', port: 33398, address: '1.2.3.4' },
  related: { ip: ['1.2.3.4'], user: ['root'] },
}
const HOSTD_AUTH_7 =
  'info hostd[2099656] [Originator@6876 sub=Vimsvc opID=esxcli-a5-20ae] [Auth]: User root'
const HOSTD_AUTH_8 = '[Originator@6876 sub=Vimsvc opID=esxcli-a5-20ae] [Auth]: User root'
const hostdAuthEvent = (message: string): EcsEvent => ({
  message,
  event: { kind: 'event', category: ['authentication'], type: ['info'] },
  observer: { vendor: 'VMware', product: 'ESXi' },
  user: { name: 'root' },
  related: { user: ['root'] },
})
const AUTH_INFO = {
  priority: 38,
  facility: { code: 4, name: 'auth' },
  severity: { code: 6, name: 'Informational' },
}
const STAMP = '2023-04-18T07:14:36.123Z'

describe('parse: bare messages', () => {
  it('are parsed as they are, with a bare framing step in the trace', () => {
    const result = run(SSHD_CONNECTION)
    expect(result.event).toEqual(SSHD_CONNECTION_EVENT)
    expect(result.trace.framing).toEqual({ kind: 'bare', header: { start: 0, end: 0, parts: [] } })
    expect(result.trace.steps[0]).toEqual({ name: 'framing', kind: 'framing', status: 'ran' })
    expect(run(HOSTD_AUTH_7).event).toEqual(hostdAuthEvent(HOSTD_AUTH_7))
    expect(run(HOSTD_AUTH_8).event).toEqual(hostdAuthEvent(HOSTD_AUTH_8))
  })
})

describe('parse: framed lines give the bare message event plus the header fields', () => {
  it('RFC 3164 with the ISO stamp ESXi sends', () => {
    const line = `<38>${STAMP} esx01.lab sshd[12345]: ${SSHD_CONNECTION}`
    const result = run(line)
    expect(result.trace.framing?.kind).toBe('rfc3164')
    expect(result.trace.rule).toBe('SSHD_CONNECTION_FROM')
    expect(result.event).toEqual({
      ...SSHD_CONNECTION_EVENT,
      '@timestamp': STAMP,
      host: { hostname: 'esx01.lab' },
      process: { name: 'sshd', pid: 12345 },
      log: { syslog: { ...AUTH_INFO, appname: 'sshd' } },
      related: { ip: ['1.2.3.4'], hosts: ['esx01.lab'] },
    })
  })

  it('RFC 5424', () => {
    const line = `<38>1 ${STAMP} esx01 sshd 12345 - - ${SSHD_PUBLICKEY}`
    const result = run(line)
    expect(result.trace.framing?.kind).toBe('rfc5424')
    expect(result.trace.rule).toBe('SSHD_ACCEPTED_AUTHENTICATION')
    expect(result.event).toEqual({
      ...SSHD_PUBLICKEY_EVENT,
      '@timestamp': STAMP,
      host: { hostname: 'esx01' },
      process: { name: 'sshd', pid: 12345 },
      log: { syslog: { ...AUTH_INFO, version: '1', appname: 'sshd', procid: '12345' } },
      related: { ip: ['1.2.3.4'], user: ['root'], hosts: ['esx01'] },
    })
  })

  it('the ESXi 6.x/7.x file format: the message starts after the stamp', () => {
    const result = run(`${STAMP} ${HOSTD_AUTH_7}`)
    expect(result.trace.framing?.kind).toBe('esxi-file')
    expect(result.trace.rule).toBe('HOSTD_AUTH_USER')
    expect(result.event).toEqual({ ...hostdAuthEvent(HOSTD_AUTH_7), '@timestamp': STAMP })
  })

  it('the ESXi 8 file format: the hostd rules read the message from [Originator@…]', () => {
    const result = run(`${STAMP} In(166) Hostd[2099656]: ${HOSTD_AUTH_8}`)
    expect(result.trace.framing?.kind).toBe('esxi8-file')
    expect(result.trace.rule).toBe('HOSTD_AUTH_USER')
    expect(result.event).toEqual({
      ...hostdAuthEvent(HOSTD_AUTH_8),
      '@timestamp': STAMP,
      process: { name: 'Hostd', pid: 2099656 },
      log: {
        level: 'In',
        syslog: {
          priority: 166,
          facility: { code: 20, name: 'local4' },
          severity: { code: 6, name: 'Informational' },
        },
      },
    })
  })
})

describe('parse: offsets of a framed line count in the raw line', () => {
  const line = `<38>1 ${STAMP} esx01 sshd 12345 - - ${SSHD_PUBLICKEY}`
  const result = run(line)

  it('every capture and field source spans the characters it holds', () => {
    expect(result.trace.captures.length).toBeGreaterThan(0)
    for (const capture of result.trace.captures)
      expect(line.slice(capture.start, capture.end)).toBe(capture.value)
    for (const captures of Object.values(result.trace.fieldSources))
      for (const capture of captures)
        expect(line.slice(capture.start, capture.end)).toBe(capture.value)
  })

  it('header fields come from their header spans, the message from behind the header', () => {
    const { fieldSources } = result.trace
    expect(fieldSources['host.hostname']).toEqual([
      { field: 'host.hostname', value: 'esx01', start: 31, end: 36 },
    ])
    expect(fieldSources['process.pid']).toEqual([
      { field: 'process.pid', value: '12345', start: 42, end: 47 },
    ])
    expect(fieldSources['related.hosts']).toEqual(fieldSources['host.hostname'])
    expect(fieldSources.message).toEqual([
      { field: 'message', value: SSHD_PUBLICKEY, start: 52, end: line.length },
    ])
    expect(fieldSources['source.ip']).toEqual([
      { field: 'source_ip', value: '1.2.3.4', start: 85, end: 92 },
    ])
  })
})

describe('parse: the format wins over the header', () => {
  it('leaves a field the actions set as they set it', () => {
    const format = loadFormat({
      'ingest/parser.yml': `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          host.hostname: from-the-format
          process.pid: 7
`,
    })
    const own = compile(format).parser
    if (!own) throw new Error('no parser')
    const result = parse(own, `<38>${STAMP} esx01 sshd[12345]: hello`, { framing })
    expect(result.event).toMatchObject({
      host: { hostname: 'from-the-format' },
      process: { name: 'sshd', pid: 7 },
      related: { hosts: ['from-the-format'] },
    })
    expect(result.trace.fieldSources['host.hostname']).toEqual([])
  })
})

describe('parse: a header that breaks leaves the line bare, with the reason in the trace', () => {
  it.each([
    ['a PRI above 191', `<192>${STAMP} esx01 sshd[1]: ${SSHD_CONNECTION}`],
    ['an impossible date', `2023-02-30T07:14:36.123Z ${HOSTD_AUTH_7}`],
    ['a line cut after its stamp', STAMP],
  ])('%s', (_, line) => {
    const result = run(line)
    expect(result.trace.framing?.kind).toBe('bare')
    expect(result.trace.framing?.diagnostic).toEqual(expect.any(String))
    expect(result.event).toEqual(
      parse(parser, line, { framing: { ...framing, enabled: false } }).event,
    )
    expect(result.event.message).toBe(line)
  })

  it('framing off leaves a framed line bare and silent', () => {
    const line = `<38>${STAMP} esx01.lab sshd[12345]: ${SSHD_CONNECTION}`
    const result = parse(parser, line, { framing: { ...framing, enabled: false } })
    expect(result.trace.framing).toEqual({ kind: 'bare', header: { start: 0, end: 0, parts: [] } })
    expect(result.event.message).toBe(line)
  })
})

// RFC 5424 (§6): `<PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]`,
// any header field `-` when the sender has nothing to say, MSG optionally opened by a UTF-8 BOM.
import { bare, type Fault, type HeaderBuilder, isFault } from './framed'
import { readStructuredData } from './structured-data'
import { readIsoStamp } from './timestamp'
import type { Framed, FramingOptions } from './types'

const NIL = '-'
const BOM = '\uFEFF'
/** Printable US-ASCII, the alphabet of every RFC 5424 header field. */
const HEADER_FIELD = /[\x21-\x7e]+/y
const DIGITS = /^\d+$/

interface Token {
  /** null for the NILVALUE `-`. */
  text: string | null
  start: number
  end: number
}

/** A header field and its separating space; `name` words the fault when it is missing. */
function readToken(line: string, position: number, name: string): Token | Fault {
  HEADER_FIELD.lastIndex = position
  const text = HEADER_FIELD.exec(line)?.[0] ?? ''
  const end = position + text.length
  if (end >= line.length)
    return {
      fault: `truncated RFC 5424 header: ${text === '' ? 'it ends before' : 'nothing after'} ${name}`,
    }
  if (text === '' || line[end] !== ' ') return { fault: `malformed RFC 5424 ${name}` }
  return { text: text === NIL ? null : text, start: position, end }
}

interface HeaderFields {
  host: Token
  app: Token
  procid: Token
  msgid: Token
}

function readHeaderFields(line: string, position: number): HeaderFields | Fault {
  const host = readToken(line, position, 'HOSTNAME')
  if (isFault(host)) return host
  const app = readToken(line, host.end + 1, 'APP-NAME')
  if (isFault(app)) return app
  const procid = readToken(line, app.end + 1, 'PROCID')
  if (isFault(procid)) return procid
  const msgid = readToken(line, procid.end + 1, 'MSGID')
  if (isFault(msgid)) return msgid
  return { host, app, procid, msgid }
}

function addHeaderFields(header: HeaderBuilder, { host, app, procid, msgid }: HeaderFields): void {
  if (host.text !== null) header.add('host.hostname', host.text, host.start, host.end)
  if (app.text !== null) {
    header.add('process.name', app.text, app.start, app.end)
    header.add('log.syslog.appname', app.text, app.start, app.end)
  }
  if (procid.text !== null) {
    header.add('log.syslog.procid', procid.text, procid.start, procid.end)
    const pid = Number(procid.text)
    if (DIGITS.test(procid.text) && Number.isSafeInteger(pid))
      header.add('process.pid', pid, procid.start, procid.end)
  }
  if (msgid.text !== null) header.add('log.syslog.msgid', msgid.text, msgid.start, msgid.end)
}

/** Frames `line`, whose PRI is in `header` and whose VERSION spans `versionStart`…`versionEnd`. */
export function frameRfc5424(
  line: string,
  header: HeaderBuilder,
  versionStart: number,
  versionEnd: number,
  options: FramingOptions,
): Framed {
  header.add('log.syslog.version', line.slice(versionStart, versionEnd), versionStart, versionEnd)
  const stampStart = versionEnd + 1
  let stampEnd = stampStart + 1
  if (stampStart >= line.length) return bare(line, 'truncated RFC 5424 header: no timestamp')
  if (line[stampStart] !== NIL) {
    const stamp = readIsoStamp(line, stampStart, options)
    if (stamp === null) return bare(line, 'RFC 5424 timestamp is neither "-" nor RFC 3339')
    if (isFault(stamp)) return bare(line, stamp.fault)
    header.add('@timestamp', stamp.iso, stampStart, stamp.end)
    stampEnd = stamp.end
  }
  if (stampEnd >= line.length)
    return bare(line, 'truncated RFC 5424 header: it ends after the timestamp')
  if (line[stampEnd] !== ' ') return bare(line, 'malformed RFC 5424 timestamp')
  const fields = readHeaderFields(line, stampEnd + 1)
  if (isFault(fields)) return bare(line, fields.fault)
  addHeaderFields(header, fields)
  const dataStart = fields.msgid.end + 1
  const data = readStructuredData(line, dataStart)
  if (isFault(data)) return bare(line, data.fault)
  if (data.elements !== null)
    header.add('log.syslog.structured_data', data.elements, dataStart, data.end)
  if (data.end >= line.length) return header.finish('rfc5424', line, line.length)
  if (line[data.end] !== ' ') return bare(line, 'structured data not followed by a space')
  const messageStart = data.end + 1
  return header.finish(
    'rfc5424',
    line,
    line[messageStart] === BOM ? messageStart + 1 : messageStart,
  )
}

// RFC 3164 (§4.1): `<PRI>TIMESTAMP SP HOSTNAME SP TAG: MSG`, with the RFC 3339 timestamp ESXi sends
// in place of `Mmm dd hh:mm:ss`. Local senders leave the host name out; a tag then follows the stamp.
import { bare, type HeaderBuilder, isFault } from './framed'
import { addTagFields, readTag } from './tag'
import { readBsdStamp, readIsoStamp } from './timestamp'
import type { Framed, FramingOptions } from './types'

/** Frames `line`, whose PRI (ending at `stampStart`) is in `header`. */
export function frameRfc3164(
  line: string,
  header: HeaderBuilder,
  stampStart: number,
  options: FramingOptions,
): Framed {
  if (stampStart >= line.length) return bare(line, 'truncated syslog header: nothing after <PRI>')
  const stamp = readIsoStamp(line, stampStart, options) ?? readBsdStamp(line, stampStart, options)
  if (stamp === null) return bare(line, 'no timestamp after the syslog priority')
  if (isFault(stamp)) return bare(line, stamp.fault)
  if (stamp.end >= line.length)
    return bare(line, 'truncated syslog header: it ends after the timestamp')
  if (line[stamp.end] !== ' ') return bare(line, 'syslog timestamp not followed by a space')
  header.add('@timestamp', stamp.iso, stampStart, stamp.end)
  let position = stamp.end + 1
  let tag = readTag(line, position)
  if (tag === null) {
    const hostEnd = line.indexOf(' ', position)
    if (hostEnd === -1) return bare(line, 'truncated syslog header: it ends after the host name')
    if (hostEnd === position) return bare(line, 'syslog header has an empty host name')
    header.add('host.hostname', line.slice(position, hostEnd), position, hostEnd)
    position = hostEnd + 1
    tag = readTag(line, position)
  }
  if (tag === null) return header.finish('rfc3164', line, position)
  addTagFields(header, tag, true)
  return header.finish('rfc3164', line, tag.messageStart)
}

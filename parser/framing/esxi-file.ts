// Lines as ESXi writes them to /var/log, opened by an RFC 3339 timestamp.
//
// ESXi 6.x/7.x (`esxi-file`): hostd.log and its kin write `<stamp> info hostd[2099656] [Originator@6876
// …] …`; the message is everything after the stamp, exactly the shape the format's rules read.
// auth.log, shell.log, syslog.log write `<stamp> sshd[123]: …`: the `name[pid]: ` tag is header.
// vobd.log writes `<stamp>: [GenericCorrelator] …`.
//
// ESXi 8 (`esxi8-file`): `<stamp> In(166) Hostd[2099656]: [Originator@6876 …] …`. The severity and
// the program moved into a header of their own, so the message is the text after `Hostd[pid]: `;
// rebuilding 7.x's `info hostd[pid] ` from it would be inventing text the line never had. Instead
// log.level keeps the severity as written (`In`, as ECS asks for the original level) and the
// program fills process.name/pid. The number in parentheses is the message's syslog PRI when
// vmsyslogd wrote the line (166 = local4.Informational); for direct writers such as vmx it is a
// logger level (`In(05)`), so it only fills log.syslog.* when its severity agrees with the letters.
import { bare, HeaderBuilder, isFault } from './framed'
import { addPriorityFields, readPrival, severityOf } from './pri'
import { addTagFields, readTag } from './tag'
import { readIsoStamp } from './timestamp'
import type { Framed, FramingOptions } from './types'

/** ESXi 8's two-letter severities, in RFC 5424 severity order. */
const SEVERITIES = ['Em', 'Al', 'Cr', 'Er', 'Wa', 'No', 'In', 'Db']
const SEVERITY = /(Em|Al|Cr|Er|Wa|No|In|Db)\((\d*)\)\+?(?= |$)/y

function addSeverityFields(header: HeaderBuilder, match: RegExpExecArray, start: number): void {
  const [, letters = '', digits = ''] = match
  header.add('log.level', letters, start, start + letters.length)
  const priority = readPrival(digits)
  if (isFault(priority) || severityOf(priority) !== SEVERITIES.indexOf(letters)) return
  const digitsStart = start + letters.length + 1
  addPriorityFields(header, {
    value: priority,
    start: digitsStart,
    end: digitsStart + digits.length,
  })
}

function frameEsxi8(
  line: string,
  header: HeaderBuilder,
  match: RegExpExecArray,
  start: number,
): Framed {
  addSeverityFields(header, match, start)
  const end = start + match[0].length
  if (end >= line.length) return bare(line, 'truncated ESXi log line: it ends after the severity')
  const tag = readTag(line, end + 1)
  if (tag === null) return header.finish('esxi8-file', line, end + 1)
  addTagFields(header, tag, false)
  return header.finish('esxi8-file', line, tag.messageStart)
}

/** Frames a line that starts with a digit; not a file line unless it opens with `yyyy-mm-ddT`. */
export function frameEsxiFile(line: string, options: FramingOptions): Framed {
  const stamp = readIsoStamp(line, 0, options)
  if (stamp === null) return bare(line)
  if (isFault(stamp)) return bare(line, stamp.fault)
  const header = new HeaderBuilder()
  header.add('@timestamp', stamp.iso, 0, stamp.end)
  const { end } = stamp
  if (end >= line.length) return bare(line, 'truncated ESXi log line: it ends after the timestamp')
  if (line[end] === ':')
    return header.finish('esxi-file', line, line[end + 1] === ' ' ? end + 2 : end + 1)
  if (line[end] !== ' ') return bare(line, 'ESXi log timestamp not followed by a space')
  SEVERITY.lastIndex = end + 1
  const severity = SEVERITY.exec(line)
  if (severity !== null) return frameEsxi8(line, header, severity, end + 1)
  const tag = readTag(line, end + 1)
  if (tag === null || tag.pid === undefined) return header.finish('esxi-file', line, end + 1)
  addTagFields(header, tag, false)
  return header.finish('esxi-file', line, tag.messageStart)
}

// The program tag that ends syslog and ESXi headers: `sshd[2099656]: `, `Hostd: `.
import type { HeaderBuilder } from './framed'

export interface Tag {
  name: string
  nameStart: number
  nameEnd: number
  /** Digits between the brackets, when there are any. */
  pid: string | undefined
  pidStart: number
  /** Where the text after `: ` starts. */
  messageStart: number
}

// The name stops at whitespace, brackets and colons, so `cpu3:2097632)WARNING:` (vmkernel) and an
// IPv6 address are not mistaken for a tag.
const TAG = /([^\s[\]:]+)(?:\[(\d+)\])?:(?: |$)/y

export function readTag(line: string, position: number): Tag | null {
  TAG.lastIndex = position
  const match = TAG.exec(line)
  if (match === null) return null
  const [text, name = '', pid] = match
  return {
    name,
    nameStart: position,
    nameEnd: position + name.length,
    pid,
    pidStart: position + name.length + 1,
    messageStart: position + text.length,
  }
}

/** process.name and process.pid from a tag; log.syslog.appname too when the tag came by syslog. */
export function addTagFields(header: HeaderBuilder, tag: Tag, bySyslog: boolean): void {
  header.add('process.name', tag.name, tag.nameStart, tag.nameEnd)
  if (bySyslog) header.add('log.syslog.appname', tag.name, tag.nameStart, tag.nameEnd)
  if (tag.pid === undefined) return
  const pid = Number(tag.pid)
  if (Number.isSafeInteger(pid))
    header.add('process.pid', pid, tag.pidStart, tag.pidStart + tag.pid.length)
}

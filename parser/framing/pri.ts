// The syslog PRI value (RFC 5424 §6.2.1): facility × 8 + severity, written `<0>` to `<191>`.
import { type Fault, type HeaderBuilder, isFault } from './framed'

/** RFC 5424's severity keywords, as ECS's example for log.syslog.severity.name writes them ("Error"). */
const SEVERITY_NAMES = [
  'Emergency',
  'Alert',
  'Critical',
  'Error',
  'Warning',
  'Notice',
  'Informational',
  'Debug',
] as const

/**
 * Facility keywords: the syslog.h names where there is one (ECS's example is "local7"); 12–15 have
 * none there, so they are named after RFC 5424's table.
 */
const FACILITY_NAMES = [
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'ntp',
  'audit',
  'alert',
  'clock',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
] as const

export const MAX_PRIORITY = 191

export interface Priority {
  value: number
  /** Span of the digits. */
  start: number
  end: number
}

const PRI_BRACKETS = /<([^>]{0,4})>/y
const DIGITS = /^\d+$/

/** The number a PRIVAL's digits stand for, or why they are not one (leading zeros, too large, not digits). */
export function readPrival(digits: string): number | Fault {
  if (digits === '') return { fault: 'empty syslog priority <>' }
  if (!DIGITS.test(digits)) return { fault: `syslog priority <${digits}> is not a number` }
  if (digits.length > 1 && digits.startsWith('0'))
    return { fault: `syslog priority <${digits}> has a leading zero` }
  const value = Number(digits)
  if (value > MAX_PRIORITY) return { fault: `syslog priority <${digits}> is above ${MAX_PRIORITY}` }
  return value
}

/**
 * The PRI opening `line`. `null` when the line does not even try to be one (no `>` within five
 * characters of the `<`), so prose that starts with `<` is not reported as a broken header.
 */
export function readPriority(line: string): Priority | Fault | null {
  PRI_BRACKETS.lastIndex = 0
  const match = PRI_BRACKETS.exec(line)
  if (match === null) return null
  const digits = match[1] ?? ''
  const value = readPrival(digits)
  if (isFault(value)) return value
  return { value, start: 1, end: 1 + digits.length }
}

export function severityOf(priority: number): number {
  return priority % 8
}

/** log.syslog.priority and what it is made of, all read from the same characters. */
export function addPriorityFields(header: HeaderBuilder, priority: Priority): void {
  const { value, start, end } = priority
  const facility = Math.floor(value / 8)
  const severity = severityOf(value)
  header.add('log.syslog.priority', value, start, end)
  header.add('log.syslog.facility.code', facility, start, end)
  header.add('log.syslog.facility.name', FACILITY_NAMES[facility] ?? String(facility), start, end)
  header.add('log.syslog.severity.code', severity, start, end)
  header.add('log.syslog.severity.name', SEVERITY_NAMES[severity] ?? String(severity), start, end)
}

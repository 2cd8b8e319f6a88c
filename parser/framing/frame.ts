// The framing step: which header a raw line carries, and the message behind it. Most lines are bare,
// so the decision costs one character code before any regular expression runs.

import { frameEsxiFile } from './esxi-file'
import { bare, HeaderBuilder, isFault } from './framed'
import { addPriorityFields, readPriority } from './pri'
import { frameRfc3164 } from './rfc3164'
import { frameRfc5424 } from './rfc5424'
import type { Framed, FramingOptions } from './types'

const LESS_THAN = 0x3c
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39
/** RFC 5424's VERSION right after the PRI; RFC 3164 has a timestamp there instead. */
const VERSION = /[1-9]\d{0,2}(?= )/y

function frameSyslog(line: string, options: FramingOptions): Framed {
  const priority = readPriority(line)
  if (priority === null) return bare(line)
  if (isFault(priority)) return bare(line, priority.fault)
  const header = new HeaderBuilder()
  addPriorityFields(header, priority)
  const afterPri = priority.end + 1
  VERSION.lastIndex = afterPri
  const version = VERSION.exec(line)
  if (version === null) return frameRfc3164(line, header, afterPri, options)
  return frameRfc5424(line, header, afterPri, afterPri + version[0].length, options)
}

/** Never throws; with framing disabled, or for a line no header opens, the line comes back bare. */
export function frame(line: string, options: FramingOptions): Framed {
  if (!options.enabled) return bare(line)
  const first = line.charCodeAt(0)
  if (first === LESS_THAN) return frameSyslog(line, options)
  if (first >= DIGIT_0 && first <= DIGIT_9) return frameEsxiFile(line, options)
  return bare(line)
}

// Framing: recognise the syslog or ESXi log-file header of a raw line and hand the rest to the format.
export { frame } from './frame'
export type { Framed, FramedHeader, FramingKind, FramingOptions, HeaderPart } from './types'
export { isTimeZone } from './zone'

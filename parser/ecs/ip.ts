// IP validity as Python's ipaddress.ip_address() judges it (3.9.5+), which decides what an `ip` field keeps.

// An octet is 0–255 without leading zeros: refused since Python 3.9.5, as '010' could mean octal
// to other parsers.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`)
const HEXTET = /^[0-9A-Fa-f]{1,4}$/
const HEXTETS = 8

export const isIpv4 = (text: string): boolean => IPV4.test(text)

function isIpv6Body(text: string): boolean {
  const parts = text.split(':')
  if (parts.length < 3) return false
  const tail = parts[parts.length - 1]
  if (tail?.includes('.')) {
    // An embedded IPv4 address stands for the last two hextets.
    if (!isIpv4(tail)) return false
    parts.splice(parts.length - 1, 1, '0', '0')
  }
  if (parts.length > HEXTETS + 1) return false
  let gap: number | undefined
  for (let i = 1; i < parts.length - 1; i++) {
    if (parts[i] !== '') continue
    if (gap !== undefined) return false
    gap = i
  }
  let explicit: string[]
  if (gap === undefined) {
    if (parts.length !== HEXTETS) return false
    explicit = parts
  } else {
    const before = parts.slice(0, gap)
    const after = parts.slice(gap + 1)
    // A leading or trailing ':' is only allowed as half of the '::' next to it.
    if (before[0] === '') {
      if (before.length !== 1) return false
      before.shift()
    }
    if (after[after.length - 1] === '') {
      if (after.length !== 1) return false
      after.pop()
    }
    if (before.length + after.length > HEXTETS - 1) return false
    explicit = [...before, ...after]
  }
  return explicit.every((hextet) => HEXTET.test(hextet))
}

/** IPv6 as ipaddress reads it, with an optional non-empty zone id ('fe80::1%eth0', accepted since 3.9). */
export function isIpv6(text: string): boolean {
  const percent = text.indexOf('%')
  if (percent === -1) return isIpv6Body(text)
  const zone = text.slice(percent + 1)
  return zone !== '' && !zone.includes('%') && isIpv6Body(text.slice(0, percent))
}

export function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text)
}

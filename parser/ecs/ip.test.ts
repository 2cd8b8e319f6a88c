import { describe, expect, it } from 'vitest'
import { isIpAddress, isIpv4, isIpv6 } from './ip'

describe('isIpv4 (Python ipaddress.IPv4Address rules)', () => {
  it.each(['1.2.3.4', '0.0.0.0', '255.255.255.255', '127.0.0.1', '10.79.50.22', '1.0.0.0'])(
    'accepts %s',
    (text) => {
      expect(isIpv4(text)).toBe(true)
    },
  )
  it.each([
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.',
    '.1.2.3',
    '1..2.3',
    // leading zeros are rejected since Python 3.9.5 (CVE-2021-29921)
    '01.2.3.4',
    '1.2.3.00',
    '1.2.3.0004',
    '1.2.3.4 ',
    ' 1.2.3.4',
    '+1.2.3.4',
    '1.2.3.-4',
    '1.2.3.٤',
    '1.2.3.a',
    '1234',
    '',
    '1.2.3.4/32',
  ])('rejects %j', (text) => {
    expect(isIpv4(text)).toBe(false)
  })
})

describe('isIpv6 (Python ipaddress.IPv6Address rules)', () => {
  it.each([
    '::',
    '::1',
    '1::',
    'fe80::1',
    '2001:db8::8a2e:370:7334',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    'FE80::ABCD',
    '1:2:3:4:5:6:7:8',
    // '::' may stand for a single hextet
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
    '1:2:3::5:6:7:8',
    // embedded IPv4
    '::ffff:1.2.3.4',
    '::1.2.3.4',
    '1:2:3:4:5:6:1.2.3.4',
    '64:ff9b::192.0.2.33',
    // zone ids (Python ≥ 3.9)
    'fe80::1%eth0',
    'fe80::1%1',
    '::%x',
  ])('accepts %s', (text) => {
    expect(isIpv6(text)).toBe(true)
  })
  it.each([
    '',
    ':',
    ':::',
    '1:2',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    '1::2:3:4:5:6:7:8',
    ':1::2',
    '1::2:',
    ':1:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7:8:',
    '12345::',
    'g::1',
    '::ffff:1.2.3.256',
    '::ffff:01.2.3.4',
    '::1.2.3.4:5',
    '1:2:3:4:5:6:7:1.2.3.4',
    'fe80::1%',
    'fe80::1%a%b',
    '[::1]',
    '1.2.3.4',
  ])('rejects %j', (text) => {
    expect(isIpv6(text)).toBe(false)
  })
})

describe('isIpAddress', () => {
  it.each([
    ['1.2.3.4', true],
    ['::1', true],
    ['fdm', false],
    ['localhost', false],
    ['1.2.3.4:3260', false],
  ])('%s → %s', (text, expected) => {
    expect(isIpAddress(text)).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { parseUserAgent, type UserAgentFields } from './userAgent'

const other: UserAgentFields = { name: 'Other', os: { name: 'Other' }, device: { name: 'Other' } }

describe('parseUserAgent (uap-core conventions)', () => {
  it.each<[string, UserAgentFields]>([
    // seed AUTH_SESSION_change_user_with_user_agent: all three names "Other", no versions
    ['Python/3.8.13 (VMkernel; 7.0.3; x86_64)', other],
    ['pyvmomi Python/3.8.13 (VMkernel; 7.0.3; x86_64)', other],
    ['pyvmomi', other],
    ['VMware vim-java 1.0', other],
    ['', other],
    // a bare Mozilla token names no browser uap-core knows: 'Other', no version; the OS still counts
    ['Mozilla/4.7 [fr] (Win98; U)', { ...other, os: { name: 'Windows', version: '98' } }],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.0 Mobile/15E148 Safari/604.1',
      {
        name: 'Mobile Safari',
        version: '12.0',
        os: { name: 'iOS', version: '12.1' },
        device: { name: 'iPhone' },
      },
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0.3 Safari/605.1.15',
      {
        name: 'Safari',
        version: '14.0.3',
        os: { name: 'Mac OS X', version: '10.15.7' },
        device: { name: 'Mac' },
      },
    ],
    // a fourth version part is not uap-core's: major.minor.patch only
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36',
      {
        name: 'Chrome',
        version: '120.0.6099',
        os: { name: 'Windows', version: '10' },
        device: { name: 'Other' },
      },
    ],
    // a two-part version stays two parts (no invented patch), an OS without version gets none
    [
      'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
      { name: 'Firefox', version: '120.0', os: { name: 'Ubuntu' }, device: { name: 'Other' } },
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; SM-G973F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.106 Mobile Safari/537.36',
      {
        name: 'Chrome Mobile',
        version: '83.0.4103',
        os: { name: 'Android', version: '10' },
        device: { name: 'Samsung SM-G973F' },
      },
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/87.0.4280.77 Mobile/15E148 Safari/604.1',
      {
        name: 'Chrome Mobile iOS',
        version: '87.0.4280',
        os: { name: 'iOS', version: '13.3' },
        device: { name: 'iPad' },
      },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
      {
        name: 'Edge',
        version: '120.0.2210',
        os: { name: 'Windows', version: '10' },
        device: { name: 'Other' },
      },
    ],
    [
      'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
      {
        name: 'IE',
        version: '11.0',
        os: { name: 'Windows', version: '7' },
        device: { name: 'Other' },
      },
    ],
    // command-line tools, libraries and crawlers, which uap-core also names
    [
      'curl/7.68.0',
      { name: 'curl', version: '7.68.0', os: { name: 'Other' }, device: { name: 'Other' } },
    ],
    [
      'python-requests/2.25.1',
      {
        name: 'Python Requests',
        version: '2.25.1',
        os: { name: 'Other' },
        device: { name: 'Other' },
      },
    ],
    [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      { name: 'Googlebot', version: '2.1', os: { name: 'Other' }, device: { name: 'Spider' } },
    ],
  ])('%s', (original, expected) => {
    expect(parseUserAgent(original)).toEqual(expected)
  })

  it('answers the same for a repeated agent', () => {
    const agent = 'curl/8.0.1'
    expect(parseUserAgent(agent)).toEqual(parseUserAgent(agent))
    expect(parseUserAgent(agent).version).toBe('8.0.1')
  })
})

import { describe, expect, it } from 'vitest'
import { compileGrok } from './compile'
import { BASE_PATTERNS } from './patterns'

/** Whether `text` as a whole is an instance of base pattern `name`. */
function whole(name: string, text: string): boolean {
  return compileGrok(`^%{${name}}$`).match(text) !== null
}

// Positive and negative examples per pattern, from the classic definitions' intent.
const EXAMPLES: Record<string, { yes: string[]; no: string[] }> = {
  USERNAME: { yes: ['root', 'vpx.user-1_a'], no: ['ro ot', 'a@b', ''] },
  USER: { yes: ['dcui', 'svc-backup'], no: ['a b'] },
  EMAILLOCALPART: { yes: ['john.doe', 'a1'], no: ['1abc', 'a'] },
  EMAILADDRESS: { yes: ['john.doe@example.com'], no: ['john.doe', '@example.com'] },
  INT: { yes: ['42', '-7', '+0'], no: ['4.2', 'x1', ''] },
  BASE10NUM: { yes: ['3.14', '-.5', '+10'], no: ['1.', 'a', '1e5'] },
  NUMBER: { yes: ['3.14', '-2', '.5'], no: ['1.2.3', 'one'] },
  BASE16NUM: { yes: ['0x1F', 'ff', '-0xA'], no: ['0xg1', 'zz'] },
  BASE16FLOAT: { yes: ['0x1.8', 'a.b', '1.f'], no: ['g.1', '.f'] },
  POSINT: { yes: ['1', '8307'], no: ['0', '-1', '01'] },
  NONNEGINT: { yes: ['0', '0123'], no: ['-1', '1.5'] },
  WORD: { yes: ['hostd', 'a_1'], no: ['a-b', 'é', ''] },
  NOTSPACE: { yes: ['a[1]:', 'SHA256:qzk/+'], no: ['a b', ''] },
  SPACE: { yes: ['', ' \t '], no: ['\v', 'x'] },
  DATA: { yes: ['', 'anything at all'], no: ['two\nlines'] },
  GREEDYDATA: { yes: ['', 'anything at all'], no: ['two\nlines'] },
  QUOTEDSTRING: {
    yes: ['"a b"', "'it\\'s'", '``', '"say \\"hi\\""'],
    no: ['"open', 'bare', '"a"b"'],
  },
  QS: { yes: ["'root@1.2.3.4'"], no: ["'x"] },
  UUID: {
    yes: ['527683eb-be00-ae48-b12d-06e5cffe4c7e'],
    no: ['527683eb-be00-ae48-b12d-06e5cffe4c7', 'x27683eb-be00-ae48-b12d-06e5cffe4c7e'],
  },
  URN: { yes: ['urn:isbn:0451450523', 'urn:ietf:rfc:2648'], no: ['urn:isbn', 'isbn:0451450523'] },
  MAC: {
    yes: ['00:50:56:a1:b2:c3', '00-50-56-A1-B2-C3', '0050.56a1.b2c3'],
    no: ['00:50:56:a1:b2', '00:50:56:a1:b2:cg'],
  },
  CISCOMAC: { yes: ['0050.56a1.b2c3'], no: ['00:50:56:a1:b2:c3'] },
  WINDOWSMAC: { yes: ['00-50-56-A1-B2-C3'], no: ['0050.56a1.b2c3'] },
  COMMONMAC: { yes: ['00:50:56:a1:b2:c3'], no: ['00-50-56-A1-B2-C3'] },
  IPV6: {
    yes: [
      '::1',
      '2001:db8::ff00:42:8329',
      'fe80::1%vmk0',
      '::ffff:192.0.2.128',
      '1:2:3:4:5:6:7:8',
      '::',
    ],
    no: ['1:2:3:4:5:6:7:8:9', '2001:db8:::1', '12345::1', '1.2.3.4'],
  },
  IPV4: {
    yes: ['1.2.3.4', '255.255.255.255', '10.79.50.22', '0.0.0.0'],
    no: ['256.1.1.1', '1.2.3', '1.2.3.4.5', '1.2.3.999'],
  },
  IP: { yes: ['127.0.0.1', 'fe80::1'], no: ['localhost'] },
  HOSTNAME: { yes: ['localhost', 'esx-01.lab.example.com', 'fqdn.'], no: ['-lead', 'a_b', 'a..b'] },
  IPORHOST: { yes: ['1.2.3.4', 'esx01'], no: ['a b'] },
  HOSTPORT: { yes: ['localhost:8307', '1.2.3.4:443'], no: ['localhost', 'localhost:0'] },
  PATH: {
    yes: ['/vmfs/volumes/ds1/vm.vmx', 'C:\\Windows\\x.dll', '\\\\server\\share'],
    no: ['relative/path', 'C:'],
  },
  UNIXPATH: { yes: ['/etc/vmware/esx.conf', '/', '/ab\\ c'], no: ['etc/vmware'] },
  TTY: { yes: ['/dev/pts/0', '/dev/tty1'], no: ['/dev/null'] },
  WINPATH: { yes: ['C:\\Windows\\x.dll'], no: ['/usr/bin'] },
  URIPROTO: { yes: ['https', 'svn+ssh'], no: ['h', '1http'] },
  URIHOST: { yes: ['example.com', 'example.com:8443', '1.2.3.4:80'], no: ['exa mple.com'] },
  URIPATH: { yes: ['/sdk', '/a/b.html', '/x;y=1'], no: ['sdk', '/a b'] },
  URIPARAM: { yes: ['?a=1&b=2', '?'], no: ['a=1', '?a b'] },
  URIPATHPARAM: { yes: ['/sdk?x=1', '/sdk'], no: ['?x=1'] },
  URI: {
    yes: ['https://user:pw@example.com:8443/sdk?x=1', 'http://1.2.3.4/'],
    no: ['example.com/sdk', 'https//x'],
  },
  MONTH: { yes: ['Jan', 'April', 'Mär', 'Dez', 'Okt'], no: ['Janu', 'Foo'] },
  MONTHNUM: { yes: ['1', '09', '12'], no: ['13', '00'] },
  MONTHNUM2: { yes: ['01', '12'], no: ['1', '13'] },
  MONTHDAY: { yes: ['1', '09', '31'], no: ['32', '00'] },
  DAY: { yes: ['Mon', 'Tuesday', 'Sun'], no: ['Mo', 'Funday'] },
  YEAR: { yes: ['23', '2023'], no: ['123', '20233'] },
  HOUR: { yes: ['0', '07', '23'], no: ['24'] },
  MINUTE: { yes: ['00', '59'], no: ['60', '7'] },
  SECOND: { yes: ['36', '60', '36.123', '5,5'], no: ['61', '36.'] },
  TIME: { yes: ['07:14:36', '7:14:36.5'], no: ['07:14', '25:00:00'] },
  DATE_US: { yes: ['04/18/2023', '4-18-23'], no: ['18/04/2023'] },
  DATE_EU: { yes: ['18.04.2023', '18/4/23'], no: ['2023.04.18'] },
  ISO8601_TIMEZONE: { yes: ['Z', '+02:00', '-0530'], no: ['UTC', '+2'] },
  ISO8601_SECOND: { yes: ['59', '60', '59.999'], no: ['61'] },
  TIMESTAMP_ISO8601: {
    yes: ['2023-04-18T07:14:36Z', '2023-04-18 07:14:36.123+02:00', '2023-04-18T07:14'],
    no: ['2023-04-18', '18-04-2023T07:14:36'],
  },
  DATE: { yes: ['04/18/2023', '18.04.2023'], no: ['2023-04-18'] },
  DATESTAMP: { yes: ['04/18/2023 07:14:36', '18.04.2023-07:14:36'], no: ['04/18/2023'] },
  TZ: { yes: ['UTC', 'PST', 'EDT'], no: ['XYZ'] },
  DATESTAMP_RFC822: { yes: ['Tue Apr 18 2023 07:14:36 UTC'], no: ['Tue Apr 18 07:14:36 UTC 2023'] },
  DATESTAMP_RFC2822: {
    yes: ['Tue, 18 Apr 2023 07:14:36 +0000'],
    no: ['Tue 18 Apr 2023 07:14:36 +0000'],
  },
  DATESTAMP_OTHER: { yes: ['Tue Apr 18 07:14:36 UTC 2023'], no: ['Tue Apr 18 2023 07:14:36 UTC'] },
  DATESTAMP_EVENTLOG: { yes: ['20230418071436'], no: ['2023-04-18'] },
  SYSLOGTIMESTAMP: { yes: ['Apr 18 07:14:36', 'Apr  8 07:14:36'], no: ['18 Apr 07:14:36'] },
  PROG: { yes: ['hostd', 'sshd', 'vmkernel:'], no: ['host[d]', 'a b'] },
  SYSLOGPROG: { yes: ['hostd[2099656]', 'sshd'], no: ['hostd[]', 'hostd[x]'] },
  SYSLOGHOST: { yes: ['esx01', '10.0.0.1'], no: ['a b'] },
  SYSLOGFACILITY: { yes: ['<13.6>'], no: ['<13>'] },
  HTTPDATE: { yes: ['18/Apr/2023:07:14:36 +0000'], no: ['18/04/2023:07:14:36 +0000'] },
  HTTPDUSER: { yes: ['-', 'john.doe@example.com', 'root'], no: ['a b'] },
  HTTPDERROR_DATE: { yes: ['Tue Apr 18 07:14:36 2023'], no: ['Tue Apr 18 2023'] },
  SYSLOGBASE: {
    yes: ['Apr 18 07:14:36 esx01 hostd[2099656]:'],
    no: ['Apr 18 07:14:36 esx01 hostd[2099656]'],
  },
  COMMONAPACHELOG: {
    yes: ['127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'],
    no: ['127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] GET /apache_pb.gif 200 2326'],
  },
  COMBINEDAPACHELOG: {
    yes: [
      '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326 "http://x/" "Mozilla/4.08"',
    ],
    no: ['127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326'],
  },
  LOGLEVEL: { yes: ['info', 'WARNING', 'Err', 'debug', 'EMERG'], no: ['verbose', 'informational'] },
}

describe('BASE_PATTERNS (engine.md §3: the classic Logstash set in RE2 spelling)', () => {
  it('has examples for every pattern, and every pattern compiles', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(BASE_PATTERNS).sort())
    for (const name of Object.keys(BASE_PATTERNS))
      expect(() => compileGrok(`%{${name}}`)).not.toThrow()
  })

  for (const [name, { yes, no }] of Object.entries(EXAMPLES)) {
    it(`${name} matches its positive examples whole and none of its negative ones`, () => {
      for (const text of yes) expect(whole(name, text), JSON.stringify(text)).toBe(true)
      for (const text of no) expect(whole(name, text), JSON.stringify(text)).toBe(false)
    })
  }

  it('spells the definitions engine.md §3 gives exactly as given', () => {
    expect(BASE_PATTERNS.WORD).toBe('\\b\\w+\\b')
    expect(BASE_PATTERNS.NOTSPACE).toBe('\\S+')
    expect(BASE_PATTERNS.SPACE).toBe('\\s*')
    expect(BASE_PATTERNS.DATA).toBe('.*?')
    expect(BASE_PATTERNS.GREEDYDATA).toBe('.*')
    const number = '[+-]?(?:(?:[0-9]+(?:\\.[0-9]+)?)|(?:\\.[0-9]+))'
    expect(BASE_PATTERNS.NUMBER).toBe(number)
    expect(BASE_PATTERNS.BASE10NUM).toBe(number)
    expect(BASE_PATTERNS.USERNAME).toBe('[a-zA-Z0-9._-]+')
    expect(BASE_PATTERNS.USER).toBe('[a-zA-Z0-9._-]+')
    expect(BASE_PATTERNS.PROG).toBe('[\\x21-\\x5a\\x5c\\x5e-\\x7e]+')
    expect(BASE_PATTERNS.UUID).toBe('[A-Fa-f0-9]{8}-(?:[A-Fa-f0-9]{4}-){3}[A-Fa-f0-9]{12}')
    const octet = '(?:25[0-5]|2[0-4][0-9]|[0-1]?[0-9]{1,2})'
    expect(BASE_PATTERNS.IPV4).toBe([octet, octet, octet, octet].join('[.]'))
    expect(BASE_PATTERNS.IP).toBe('(?:%{IPV6}|%{IPV4})')
    expect(BASE_PATTERNS.HOSTNAME).toBe(
      '\\b(?:[0-9A-Za-z][0-9A-Za-z-]{0,62})(?:\\.(?:[0-9A-Za-z][0-9A-Za-z-]{0,62}))*(\\.?|\\b)',
    )
    expect(BASE_PATTERNS.IPV6?.endsWith('(%.+)?')).toBe(true)
  })

  it('uses no look-around, atomic group or possessive quantifier (RE2 has none)', () => {
    for (const source of Object.values(BASE_PATTERNS)) {
      expect(source).not.toMatch(/\(\?[=!>]|\(\?<[=!]|[*+?}]\+/)
    }
  })
})

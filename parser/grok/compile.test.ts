import { describe, expect, it } from 'vitest'
import { compileGrok } from './compile'
import { ESXI_PATTERN, ESXI_RULES } from './testing/esxi-pattern'

// Header of the hostd/fdm lines of the seed.
const HEADER =
  '^\\s*%{WORD:log_level} %{PROG:process_name}\\[%{INT:process_pid}\\] \\[Originator@%{INT} sub=%{DATA:sub}(?: opID=%{NOTSPACE:op_id})?\\] '

describe('which match wins (engine.md §3: leftmost, then longest, then priority)', () => {
  it('VARIOUS_DEVICE_OUTCOME_REASON: a later alternative matching the whole line beats an earlier one matching "error "', () => {
    const grok = compileGrok('%{FILE_ACTION}|%{DEVICE_OUTCOME}', {
      customPatterns: {
        FILE_ACTION: '^%{WORD:event_reason} (?:%{NOTSPACE:file_name}\\.conf)?',
        DEVICE_OUTCOME: `${HEADER}%{WORD:file_action}\\(%{DATA:file_path}\\) failed with %{GREEDYDATA:event_reason}`,
      },
    })
    const line =
      'error fdm[7599783] [Originator@6876 sub=Cluster opID=SWI-3cc8cdca] stat(/vmfs/volumes/aaaaaaaa-bbbbbbbb/.vSphere-HA/FDM-ffffffff-1111-4444-5555-666666666666-7-9999999-lnpvcr02) failed with Permission denied'
    // Leftmost-first (JavaScript) stops at the first alternative: just "error ".
    expect(grok.floorRegExp().exec(line)?.[0]).toBe('error ')
    const match = grok.match(line)
    expect(match?.rule.name).toBe('DEVICE_OUTCOME')
    expect(match?.values.process_name).toBe('fdm')
    expect(match?.values.event_reason).toBe('Permission denied')
    expect(match?.values.file_name).toBeNull()
  })

  it('AUTH_SESSION_change_user: of two alternatives matching the whole line, the earlier wins', () => {
    const grok = compileGrok('%{LOGGED_IN}|%{HOSTD_EVENT}', {
      customPatterns: {
        LOGGED_IN: `${HEADER}Event %{INT:event_id} : User %{USER:source_user}@%{IP:source_ip} logged in as %{NOTSPACE:user_name}(?: %{GREEDYDATA:user_agent})?`,
        HOSTD_EVENT: `${HEADER}Event %{INT:event_id} : %{GREEDYDATA:message}`,
      },
    })
    const match = grok.match(
      'info hostd[2099656] [Originator@6876 sub=Vimsvc.ha-eventmgr opID=esxcli-76-ecbf] Event 975279 : User root@127.0.0.1 logged in as pyvmomi',
    )
    expect(match?.rule.name).toBe('LOGGED_IN')
    expect(match?.values).toMatchObject({
      source_user: 'root',
      source_ip: '127.0.0.1',
      user_name: 'pyvmomi',
      user_agent: null,
      message: null,
    })
  })

  it('prefers the leftmost start over a longer match further right', () => {
    const match = compileGrok('%{INT:n}|[a-z]+ %{GREEDYDATA:rest}').match('xx 12 abc def')
    expect(match?.rule.source).toBe('[a-z]+ %{GREEDYDATA:rest}')
    expect(match?.values.rest).toBe('12 abc def')
    expect(compileGrok('b+|a').match('abbb')?.captures).toEqual([])
    expect(compileGrok('(?P<x>b+)|(?P<y>a)').match('abbb')?.values).toEqual({ x: null, y: 'a' })
  })

  it('extends a lazy DATA tail to the end of the line when that is longer', () => {
    expect(compileGrok('%{WORD:a} %{DATA:b}').match('one two three')?.values).toEqual({
      a: 'one',
      b: 'two three',
    })
    expect(compileGrok('(?P<a>a*?)').match('aaa')?.values.a).toBe('aaa')
  })

  it('inside the chosen length, greedy takes more and lazy less, in priority order', () => {
    expect(compileGrok('(?P<x>a*)(?P<y>a*)').match('aaaa')?.values).toEqual({ x: 'aaaa', y: '' })
    expect(compileGrok('(?P<x>a*?)(?P<y>a*)').match('aaaa')?.values).toEqual({ x: '', y: 'aaaa' })
    expect(compileGrok('(?P<x>.*?)-(?P<y>.*)').match('a-b-c')?.values).toEqual({ x: 'a', y: 'b-c' })
    expect(compileGrok('(?P<x>.*)-(?P<y>.*)').match('a-b-c')?.values).toEqual({ x: 'a-b', y: 'c' })
    expect(compileGrok('(?P<x>a|ab)(?P<y>c|bcd)?').match('abcd')?.values).toEqual({
      x: 'a',
      y: 'bcd',
    })
  })

  it('returns null when no alternative matches', () => {
    expect(compileGrok('^%{INT}$').match('12a')).toBeNull()
  })
})

describe('the result map (engine.md §3)', () => {
  it('holds every capture name, null when it did not take part, "" when it matched empty', () => {
    const grok = compileGrok('^%{WORD:a}(?: %{INT:b})?(?P<c>x?)$|^%{IP:d}$')
    expect(grok.names).toEqual(['a', 'b', 'c', 'd'])
    expect(grok.match('hello')?.values).toEqual({ a: 'hello', b: null, c: '', d: null })
    expect(grok.match('hello')?.captures).toEqual([
      { field: 'a', value: 'hello', start: 0, end: 5 },
      { field: 'c', value: '', start: 5, end: 5 },
    ])
  })

  it('merges a name used in several alternatives: the group that took part', () => {
    const grok = compileGrok('%{IPV6:ip} v6|%{IPV4:ip} v4')
    expect(grok.names).toEqual(['ip'])
    expect(grok.match('1.2.3.4 v4')?.values).toEqual({ ip: '1.2.3.4' })
    expect(grok.match('::1 v6')?.values).toEqual({ ip: '::1' })
  })

  it('merges a name used twice in one alternative: the first by opening parenthesis that took part', () => {
    const grok = compileGrok('(?:%{INT:n}|x)-%{INT:n}')
    expect(grok.match('1-2')?.values.n).toBe('1')
    expect(grok.match('x-2')?.values.n).toBe('2')
    expect(grok.match('1-2')?.captures.map((capture) => capture.value)).toEqual(['1', '2'])
  })

  it('merges nested groups of one name (%{ADDR:ip} around %{IP:ip}): the outer one comes first', () => {
    const grok = compileGrok('%{ADDR:ip}', { customPatterns: { ADDR: '\\[%{IP:ip}\\]' } })
    const match = grok.match('[10.0.0.1]')
    expect(match?.values.ip).toBe('[10.0.0.1]')
    expect(match?.captures).toEqual([
      { field: 'ip', value: '[10.0.0.1]', start: 0, end: 10 },
      { field: 'ip', value: '10.0.0.1', start: 1, end: 9 },
    ])
  })

  it('gives UTF-16 offsets, astral characters counting two', () => {
    const match = compileGrok('(?P<face>.) %{WORD:word}').match('é😀 hi')
    expect(match?.captures).toEqual([
      { field: 'face', value: '😀', start: 1, end: 3 },
      { field: 'word', value: 'hi', start: 4, end: 6 },
    ])
  })

  it('keeps the last iteration of a repeated group, and earlier ones when the last skipped it (RE2)', () => {
    expect(compileGrok('(?:(?P<x>[a-z])\\d)+').match('a1b2')?.values.x).toBe('b')
    expect(compileGrok('(?:(?P<x>a)|b)+').match('ab')?.values.x).toBe('a')
  })
})

describe('regex flavour = RE2 (engine.md §3)', () => {
  it('\\s does not match the vertical tab', () => {
    expect(compileGrok('^a\\sb$').match('a\vb')).toBeNull()
    expect(compileGrok('^a\\sb$').match('a\tb')).not.toBeNull()
  })

  it('\\w, \\d and \\b are ASCII-only', () => {
    expect(compileGrok('^\\w+$').match('héllo')).toBeNull()
    expect(compileGrok('^\\d$').match('٣')).toBeNull()
    expect(compileGrok('\\bé').match('aé')?.captures).toEqual([])
    expect(compileGrok('^%{WORD:w}').match('née')?.values.w).toBe('n')
  })

  it('. does not match a newline unless the s flag is on', () => {
    expect(compileGrok('^a.b$').match('a\nb')).toBeNull()
    expect(compileGrok('(?s)^a.b$').match('a\nb')).not.toBeNull()
    expect(compileGrok('^%{GREEDYDATA:x}').match('one\ntwo')?.values.x).toBe('one')
  })

  it('^ and $ are the ends of the text, or of lines with the m flag', () => {
    expect(compileGrok('^b').match('a\nb')).toBeNull()
    expect(compileGrok('a$').match('a\n')).toBeNull()
    expect(compileGrok('(?m)^(?P<x>b)$').match('a\nb\nc')?.captures).toEqual([
      { field: 'x', value: 'b', start: 2, end: 3 },
    ])
    expect(compileGrok('\\Aa\\z').match('a')).not.toBeNull()
  })

  it('matches case-insensitively with the i flag, as a group or for the rest of the group', () => {
    expect(compileGrok('^(?i:error) X$').match('ERROR X')).not.toBeNull()
    expect(compileGrok('^(?i:error) X$').match('ERROR x')).toBeNull()
    expect(compileGrok('^(?i)user \\w+$').match('USER Root')).not.toBeNull()
  })
})

describe('expansion (engine.md §3: each reference wrapped in a group)', () => {
  it('makes %{GREEDYDATA}? and a reference to an alternation behave as one unit', () => {
    expect(compileGrok('^a%{GREEDYDATA:x}?$').match('abc')?.values.x).toBe('bc')
    const grok = compileGrok('^x%{A}y$', { customPatterns: { A: '1|2' } })
    expect(grok.match('x2y')).not.toBeNull()
    expect(grok.match('x1')).toBeNull()
  })

  it('lets custom patterns override base ones and reference them', () => {
    const grok = compileGrok('^%{INT:n}$', { customPatterns: { INT: '%{WORD}' } })
    expect(grok.match('abc')?.values.n).toBe('abc')
    expect(grok.match('12')?.values.n).toBe('12')
  })

  it('accepts a type suffix and ignores it', () => {
    expect(compileGrok('%{INT:port:int}').match('443')?.values).toEqual({ port: '443' })
  })
})

describe('rules and floor', () => {
  it('names each top-level alternative and reports the one that matched', () => {
    const grok = compileGrok('%{A}|%{B:b}| x%{A}', { customPatterns: { A: 'a', B: 'b' } })
    expect(grok.rules.map((rule) => rule.name)).toEqual(['A', 'B', 'x%{A}'])
    expect(grok.match('-b')?.rule).toBe(grok.rules[1])
  })

  it('translates the pattern to one plain RegExp with the d flag', () => {
    const floor = compileGrok('%{WORD:a} %{INT:b}|(?P<c>x)').floorRegExp()
    expect(floor.flags).toBe('du')
    const found = floor.exec('hello 42')
    expect(found?.slice(1)).toEqual(['hello', '42', undefined])
    expect(found?.indices?.[2]).toEqual([6, 8])
  })
})

describe('loops whose body can match empty (RE2 compiles x* as (x+)? there)', () => {
  it('lets one empty iteration take part, then stops', () => {
    expect(compileGrok('^(?:(?P<x>)|a)*$').match('')?.values).toEqual({ x: '' })
    expect(compileGrok('^(?:(?P<x>a)|)*b').match('aab')?.values).toEqual({ x: 'a' })
  })

  it('still terminates and stays linear on nested empty loops', () => {
    expect(compileGrok('^(?:(?:a*)*)*$').match('a'.repeat(200))).not.toBeNull()
    expect(compileGrok('^(?:a?)*b').match(`${'a'.repeat(200)}c`)).toBeNull()
  })
})

describe('an ESXi-like 28-rule pattern on seed lines', () => {
  const grok = compileGrok(ESXI_PATTERN, { customPatterns: { ...ESXI_RULES } })

  it('picks the specific rule over the generic hostd one and fills its fields', () => {
    const logout = grok.match(
      ' info hostd[2099655] [Originator@6876 sub=Vimsvc.ha-eventmgr opID=233816e0 user=vpxuser] Event 974626 : User vpxuser@10.79.50.22 logged out (login time: Tuesday, 18 April, 2023 07:14:36 AM, number of API invocations: 3, user agent: pyvmomi)',
    )
    expect(logout?.rule.name).toBe('HOSTD_LOGOUT')
    expect(logout?.values).toMatchObject({
      op_id: '233816e0',
      op_user: 'vpxuser',
      user: 'vpxuser',
      source_ip: '10.79.50.22',
      login_time: 'Tuesday, 18 April, 2023 07:14:36 AM',
      api_calls: '3',
      user_agent: 'pyvmomi',
      message: null,
    })
  })

  it('reads the rhttpproxy socket lines and the sshd lines', () => {
    const proxy = grok.match(
      "  verbose rhttpproxy[2099165] [Originator@6876 sub=Proxy Req 06028] Connected to localhost:8307 (/sdk) over <io_obj p:0x000000f7c12be288, h:24, <TCP '127.0.0.1 : 29013'>, <TCP '127.0.0.1 : 8307'>>",
    )
    expect(proxy?.rule.name).toBe('PROXY_CONNECTED')
    expect(proxy?.values).toMatchObject({
      sub: 'Proxy Req 06028',
      dest_host: 'localhost',
      url_path: '/sdk',
      remote_port: '8307',
    })
    const sshd = grok.match(
      ' Connection closed by authenticating user root 1.2.3.4 port 60292 [preauth]',
    )
    expect(sshd?.rule.name).toBe('SSHD_CLOSED')
    expect(sshd?.values).toMatchObject({ user: 'root', source_ip: '1.2.3.4', source_port: '60292' })
  })

  it('matches nothing on a line of no known shape', () => {
    expect(grok.match('-- MARK --')).toBeNull()
  })
})

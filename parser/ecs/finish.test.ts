import { describe, expect, it } from 'vitest'
import type { EcsEvent, PlatformProfile } from '../types'
import { fieldTypes } from './fieldTypes'
import { compileFinish, finishEvent } from './finish'
import { WritableFields } from './writable'

const types = fieldTypes({
  'wmware.esxi.event.serial_number': { type: 'number', description: 'Serial number' },
})
const finish = (event: EcsEvent, platform: PlatformProfile = '2023') =>
  finishEvent(event, { platform, types })

describe('finishEvent on seed samples ("2023")', () => {
  it('AUTH_SESSION_change_user_with_user_agent: "Other" names, no versions, address, related', () => {
    const { event, derived } = finish({
      message: 'info hostd[2099656] … logged in as pyvmomi Python/3.8.13 (VMkernel; 7.0.3; x86_64)',
      event: { kind: 'event', category: ['session'], type: ['info'] },
      observer: { vendor: 'VMware', product: 'ESXi' },
      user: { name: 'pyvmomi' },
      source: { ip: '127.0.0.1', user: { name: 'root' } },
      user_agent: { original: 'Python/3.8.13 (VMkernel; 7.0.3; x86_64)' },
    })
    expect(event).toEqual({
      message: 'info hostd[2099656] … logged in as pyvmomi Python/3.8.13 (VMkernel; 7.0.3; x86_64)',
      event: { kind: 'event', category: ['session'], type: ['info'] },
      observer: { vendor: 'VMware', product: 'ESXi' },
      user: { name: 'pyvmomi' },
      source: { ip: '127.0.0.1', user: { name: 'root' }, address: '127.0.0.1' },
      user_agent: {
        original: 'Python/3.8.13 (VMkernel; 7.0.3; x86_64)',
        device: { name: 'Other' },
        name: 'Other',
        os: { name: 'Other' },
      },
      related: { user: ['pyvmomi', 'root'], ip: ['127.0.0.1'] },
    })
    expect(derived).toEqual({
      'user_agent.name': ['user_agent.original'],
      'user_agent.os.name': ['user_agent.original'],
      'user_agent.device.name': ['user_agent.original'],
      'source.address': ['source.ip'],
      'related.ip': ['source.ip'],
      'related.user': ['user.name', 'source.user.name'],
    })
  })

  it('VARIOUS_DEVICE_OUTCOME_REASON: host.name is not a related host', () => {
    const input: EcsEvent = {
      event: { kind: 'event', reason: 'Permission denied', category: ['process'], type: ['info'] },
      observer: { vendor: 'VMware', product: 'ESXi' },
      host: { name: 'fdm' },
    }
    expect(finish(input)).toEqual({ event: input, derived: {} })
  })

  it('AUTH_CONNECTION_disconnected: source.address and related from source.ip and user.name', () => {
    const { event } = finish({
      user: { name: 'root' },
      source: { ip: '1.2.3.4', port: 33398 },
    })
    expect(event).toEqual({
      user: { name: 'root' },
      source: { ip: '1.2.3.4', port: 33398, address: '1.2.3.4' },
      related: { ip: ['1.2.3.4'], user: ['root'] },
    })
  })

  it('VARIOUS_SERIAL_NUMBER_1: nothing to add', () => {
    const input: EcsEvent = { wmware: { esxi: { event: { serial_number: 1111222233334444 } } } }
    expect(finish(input).event).toEqual(input)
  })

  it('does not modify its input', () => {
    const input: EcsEvent = { source: { ip: '1.2.3.4' }, event: { outcome: 'success' } }
    finish(input)
    expect(input).toEqual({ source: { ip: '1.2.3.4' }, event: { outcome: 'success' } })
  })
})

describe('§6.1 event.outcome per era', () => {
  it.each<[PlatformProfile, EcsEvent]>([
    ['2023', { event: { kind: 'event' } }],
    ['2024', { event: { kind: 'event', outcome: 'failure' } }],
    ['2025', { event: { kind: 'event', outcome: 'failure' } }],
    ['2026', { event: { kind: 'event', outcome: 'failure' } }],
  ])('%s', (platform, expected) => {
    expect(finish({ event: { kind: 'event', outcome: 'failure' } }, platform).event).toEqual(
      expected,
    )
  })

  it.each(['success', 'failure', 'unknown', 'anything'])(
    '"2023" removes outcome %s and prunes',
    (outcome) => {
      expect(finish({ event: { outcome }, x: 1 }, '2023').event).toEqual({ x: 1 })
    },
  )
})

describe('event.outcome from action.outcome (real formats, not in engine.md)', () => {
  it.each<PlatformProfile>(['2023', '2024', '2025', '2026'])(
    '%s copies action.outcome when the parser set no event.outcome',
    (platform) => {
      expect(finish({ action: { outcome: 'success' } }, platform).event).toEqual({
        action: { outcome: 'success' },
        event: { outcome: 'success' },
      })
    },
  )

  it('never replaces an outcome the parser set, in the eras that keep it', () => {
    const event = { action: { outcome: 'success' }, event: { outcome: 'failure' } }
    expect(finish(event, '2024').event.event).toEqual({ outcome: 'failure' })
  })

  it('"2023" removes what the parser set, then copies action.outcome', () => {
    const event = { action: { outcome: 'success' }, event: { outcome: 'failure' } }
    expect(finish(event, '2023').event.event).toEqual({ outcome: 'success' })
  })
})

describe('domain names split by the public suffix list (real formats, not in engine.md)', () => {
  it('splits source, destination, client and server domains too', () => {
    const { event } = finish(
      { destination: { domain: 'app.example.org' }, client: { domain: 'localhost' } },
      '2025',
    )
    expect(event.destination).toEqual({
      domain: 'app.example.org',
      address: 'app.example.org',
      registered_domain: 'example.org',
      subdomain: 'app',
      top_level_domain: 'org',
    })
    expect(event.client).toEqual({ domain: 'localhost', address: 'localhost' })
  })

  it('fills registered domain, subdomain and top-level domain in the eras that split URLs', () => {
    const { event, derived } = finish({ dns: { question: { name: 'www.example.co.uk' } } }, '2024')
    expect(event.dns).toEqual({
      question: {
        name: 'www.example.co.uk',
        registered_domain: 'example.co.uk',
        subdomain: 'www',
        top_level_domain: 'co.uk',
      },
    })
    expect(derived['dns.question.registered_domain']).toEqual(['dns.question.name'])
  })

  it('leaves IPs and the seed era alone', () => {
    expect(finish({ dns: { question: { name: '10.0.0.1' } } }, '2026').event.dns).toEqual({
      question: { name: '10.0.0.1' },
    })
    expect(finish({ dns: { question: { name: 'a.example.com' } } }, '2023').event.dns).toEqual({
      question: { name: 'a.example.com' },
    })
  })
})

describe('§6.2 user agent', () => {
  it('parses a browser agent into uap-core fields', () => {
    const original =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.0 Mobile/15E148 Safari/604.1'
    expect(finish({ user_agent: { original } }).event).toEqual({
      user_agent: {
        original,
        name: 'Mobile Safari',
        version: '12.0',
        os: { name: 'iOS', version: '12.1' },
        device: { name: 'iPhone' },
      },
    })
  })

  it('does nothing without user_agent.original', () => {
    expect(finish({ user_agent: { name: 'x' } })).toEqual({
      event: { user_agent: { name: 'x' } },
      derived: {},
    })
  })

  it("never replaces the parser's own user_agent fields", () => {
    const { event, derived } = finish({ user_agent: { original: 'curl/7.68.0', name: 'mine' } })
    expect(event).toEqual({
      user_agent: {
        original: 'curl/7.68.0',
        name: 'mine',
        version: '7.68.0',
        os: { name: 'Other' },
        device: { name: 'Other' },
      },
    })
    expect(derived).not.toHaveProperty('user_agent.name')
  })
})

describe('§6.3 *.address', () => {
  it.each<[string, EcsEvent, EcsEvent]>([
    [
      'domain wins over ip',
      { source: { ip: '1.2.3.4', domain: 'a.example' } },
      { address: 'a.example', from: 'source.domain' },
    ],
    ['ip when no domain', { source: { ip: '1.2.3.4' } }, { address: '1.2.3.4', from: 'source.ip' }],
    [
      'domain alone',
      { source: { domain: 'a.example' } },
      { address: 'a.example', from: 'source.domain' },
    ],
  ])('%s', (_label, input, expected) => {
    const { event, derived } = finish(input)
    expect(event.source).toMatchObject({ address: expected.address })
    expect(derived['source.address']).toEqual([expected.from])
  })

  it('keeps an address the parser set', () => {
    const { event, derived } = finish({ destination: { ip: '1.2.3.4', address: 'sock' } })
    expect(event.destination).toEqual({ ip: '1.2.3.4', address: 'sock' })
    expect(derived).not.toHaveProperty('destination.address')
  })

  it('covers source, destination and client only', () => {
    const { event } = finish({
      source: { ip: '1.1.1.1' },
      destination: { ip: '2.2.2.2' },
      client: { domain: 'c.example' },
      server: { ip: '4.4.4.4' },
      host: { ip: '5.5.5.5' },
    })
    expect(event).toMatchObject({
      source: { address: '1.1.1.1' },
      destination: { address: '2.2.2.2' },
      client: { address: 'c.example' },
      server: { ip: '4.4.4.4' },
    })
    expect(event.server).not.toHaveProperty('address')
    expect(event.host).not.toHaveProperty('address')
  })
})

describe('§6.4 related.*', () => {
  it('deduplicates and sorts, and records the sources', () => {
    const { event, derived } = finish({
      source: { ip: '5.6.7.8' },
      destination: { ip: '1.2.3.4' },
      client: { ip: '5.6.7.8' },
    })
    expect(event.related).toEqual({ ip: ['1.2.3.4', '5.6.7.8'] })
    expect(derived['related.ip']).toEqual(['source.ip', 'destination.ip', 'client.ip'])
  })

  it('is created only when non-empty', () => {
    expect(finish({ observer: { vendor: 'VMware' } }).event).not.toHaveProperty('related')
  })

  it('does not derive from host.name or url.domain', () => {
    const { event } = finish({ host: { name: 'fdm' }, url: { domain: 'example.com' } }, '2026')
    expect(event).not.toHaveProperty('related')
  })
})

describe('§6.5 URL per era', () => {
  const original = 'https://www.example.com:8443/sdk?x=1#f'
  const split = {
    original,
    scheme: 'https',
    domain: 'www.example.com',
    port: 8443,
    path: '/sdk',
    query: 'x=1',
    fragment: 'f',
    registered_domain: 'example.com',
    subdomain: 'www',
    top_level_domain: 'com',
  }
  it.each<[PlatformProfile, EcsEvent]>([
    ['2023', { original }],
    ['2024', split],
    ['2025', split],
    ['2026', { ...split, full: original }],
  ])('splits url.original in %s', (platform, expected) => {
    expect(finish({ url: { original } }, platform).event.url).toEqual(expected)
  })

  it('records url.original as the origin of each part', () => {
    const { derived } = finish({ url: { original: 'http://example.com/' } }, '2026')
    expect(derived).toEqual({
      'url.scheme': ['url.original'],
      'url.domain': ['url.original'],
      'url.port': ['url.original'],
      'url.path': ['url.original'],
      'url.registered_domain': ['url.original'],
      'url.top_level_domain': ['url.original'],
      'url.full': ['url.original'],
    })
  })

  it('gives a relative reference url.path only, and no url.full', () => {
    expect(finish({ url: { original: '/sdk?x=1' } }, '2026').event.url).toEqual({
      original: '/sdk?x=1',
      path: '/sdk',
    })
  })

  it('keeps url fields the parser set and url.domain out of related.hosts', () => {
    const { event } = finish({ url: { original: 'http://a.example/x', path: '/mine' } }, '2026')
    expect(event.url).toMatchObject({ path: '/mine', domain: 'a.example' })
    expect(event).not.toHaveProperty('related')
  })

  const commandLine = 'wget https://depot.example.com/vib.zip,other -q'
  it.each<[PlatformProfile, boolean]>([
    ['2023', false],
    ['2024', false],
    ['2025', true],
    ['2026', true],
  ])('takes url.original from process.command_line in %s: %s', (platform, taken) => {
    const { event, derived } = finish({ process: { command_line: commandLine } }, platform)
    if (taken) {
      expect(event.url).toMatchObject({
        original: 'https://depot.example.com/vib.zip',
        domain: 'depot.example.com',
        path: '/vib.zip',
      })
      expect(derived['url.original']).toEqual(['process.command_line'])
    } else {
      expect(event).not.toHaveProperty('url')
    }
  })

  it('does not take the command line when url.original is set', () => {
    const { event } = finish(
      { process: { command_line: commandLine }, url: { original: '/x' } },
      '2026',
    )
    expect(event.url).toEqual({ original: '/x', path: '/x' })
  })

  it('leaves a command line without a URL alone (seed PROCESS_CMD_user)', () => {
    const input: EcsEvent = {
      process: {
        command_line: '/bin/hostd-probe.sh ++group=host/vim/vmvisor/hostd-probe/stats/sh',
        pid: 9919303,
      },
    }
    expect(finish(input, '2026')).toEqual({ event: input, derived: {} })
  })
})

describe('typing of derived values', () => {
  it("casts derived values to the field's type, fields.yml included", () => {
    const custom = fieldTypes({ 'url.port': { type: 'keyword' }, 'source.address': { type: 'ip' } })
    const { event } = finishEvent(
      { url: { original: 'http://example.com/' }, source: { domain: 'a.example' } },
      { platform: '2026', types: custom },
    )
    expect(event.url).toMatchObject({ port: 80 })
    expect(event.source).toEqual({ domain: 'a.example' })
  })
})

describe('compileFinish: planned for what a parser writes', () => {
  const event = (): EcsEvent => ({
    source: { ip: '1.2.3.4' },
    client: { ip: '5.6.7.8' },
    user: { name: 'root' },
    event: { outcome: 'success' },
  })

  it('derives what finishEvent derives from the fields the parser writes', () => {
    const writable = WritableFields.none()
      .add('source.ip', false)
      .add('client.ip', false)
      .add('user.name', false)
      .add('event.outcome', false)
    const finished = event()
    const derived = compileFinish({ platform: '2023', types, writable })(finished)
    expect({ event: finished, derived }).toEqual(finish(event()))
  })

  it('no longer looks at fields the parser never writes', () => {
    const writable = WritableFields.none().add('source.ip', false)
    const finished = event()
    const derived = compileFinish({ platform: '2023', types, writable })(finished)
    expect(derived).toEqual({ 'source.address': ['source.ip'], 'related.ip': ['source.ip'] })
    expect(finished.event).toEqual({ outcome: 'success' })
  })

  it('reads under a field the parser may write a mapping to', () => {
    const writable = WritableFields.none().add('client', true)
    const finished = event()
    const derived = compileFinish({ platform: '2026', types, writable })(finished)
    expect(derived).toEqual({ 'client.address': ['client.ip'], 'related.ip': ['client.ip'] })
  })
})

import { describe, expect, it } from 'vitest'
import type { EcsEvent } from '../types'
import { collectRelated, relatedCollector } from './related'
import { WritableFields } from './writable'

describe('collectRelated (§6.4)', () => {
  it('gathers each listed source, deduplicated and sorted', () => {
    const event: EcsEvent = {
      source: {
        ip: '5.6.7.8',
        user: { name: 'root' },
        domain: 'b.example',
        nat: { ip: '9.9.9.9' },
      },
      destination: { ip: '1.2.3.4', user: { name: 'admin' }, domain: 'a.example' },
      client: { ip: '5.6.7.8', user: { name: 'root' }, domain: 'b.example' },
      server: { ip: '::1', user: { name: 'svc' }, domain: 'c.example' },
      host: { ip: ['10.0.0.2', '10.0.0.1'], hostname: 'esx01', name: 'fdm' },
      observer: { ip: ['10.0.0.1'], hostname: 'obs' },
      user: { name: 'pyvmomi', target: { name: 'target' } },
      dns: { question: { name: 'q.example' } },
      url: { domain: 'u.example' },
    }
    expect(collectRelated(event)).toEqual([
      {
        field: 'related.ip',
        values: ['1.2.3.4', '10.0.0.1', '10.0.0.2', '5.6.7.8', '9.9.9.9', '::1'],
        sources: [
          'source.ip',
          'destination.ip',
          'client.ip',
          'server.ip',
          'host.ip',
          'observer.ip',
          'source.nat.ip',
        ],
      },
      {
        field: 'related.user',
        values: ['admin', 'pyvmomi', 'root', 'svc', 'target'],
        sources: [
          'user.name',
          'source.user.name',
          'destination.user.name',
          'client.user.name',
          'server.user.name',
          'user.target.name',
        ],
      },
      {
        field: 'related.hosts',
        values: ['a.example', 'b.example', 'c.example', 'esx01', 'obs', 'q.example'],
        sources: [
          'source.domain',
          'destination.domain',
          'client.domain',
          'server.domain',
          'host.hostname',
          'observer.hostname',
          'dns.question.name',
        ],
      },
    ])
  })

  it('leaves host.name and url.domain out of related.hosts (seed VARIOUS_DEVICE_OUTCOME_REASON)', () => {
    expect(collectRelated({ host: { name: 'fdm' }, url: { domain: 'example.com' } })).toEqual([])
  })

  it('takes *.nat.ip from any NAT block', () => {
    expect(
      collectRelated({
        destination: { nat: { ip: '2.2.2.2' } },
        client: { nat: { ip: '3.3.3.3' } },
      }),
    ).toEqual([
      {
        field: 'related.ip',
        values: ['2.2.2.2', '3.3.3.3'],
        sources: ['destination.nat.ip', 'client.nat.ip'],
      },
    ])
  })

  it('merges what the parser already put in related.*', () => {
    expect(collectRelated({ related: { user: ['zed', 'root'] }, user: { name: 'root' } })).toEqual([
      { field: 'related.user', values: ['root', 'zed'], sources: ['user.name'] },
    ])
  })

  it('creates nothing from an event without sources', () => {
    expect(collectRelated({ message: 'm', observer: { vendor: 'VMware' } })).toEqual([])
  })

  it('ignores values that are not strings', () => {
    expect(collectRelated({ user: { name: 5 }, source: { ip: null } })).toEqual([])
  })
})

describe('relatedCollector', () => {
  it('reads only the sources a parser can write, and nothing when it writes none', () => {
    const collect = relatedCollector(WritableFields.none().add('user.name', false))
    expect(collect?.({ user: { name: 'root' }, source: { ip: '1.2.3.4' } })).toEqual([
      { field: 'related.user', values: ['root'], sources: ['user.name'] },
    ])
    expect(relatedCollector(WritableFields.none().add('event.kind', false))).toBeNull()
  })

  it("keeps a parser's own related values when it writes no source", () => {
    const collect = relatedCollector(WritableFields.none().add('related.hosts', false))
    expect(collect?.({ related: { hosts: ['b', 'a', 'b'] } })).toEqual([
      { field: 'related.hosts', values: ['a', 'b'], sources: [] },
    ])
  })
})

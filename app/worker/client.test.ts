import { describe, expect, it, vi } from 'vitest'
import {
  ParserClient,
  WorkerFailure,
  type WorkerPort,
  WorkerRestarted,
  WorkerTimeout,
} from './client'
import type { FramingSetting, PageMessage, WorkerMessage } from './protocol'

const framing: FramingSetting = { enabled: true, timezone: 'UTC' }

/** A port whose answers the test sends by hand, in any order. */
function manualPort() {
  const sent: PageMessage[] = []
  let respond: (response: WorkerMessage) => void = () => {}
  let failWith: (message: string) => void = () => {}
  let terminated = false
  const port: WorkerPort = {
    post: (request) => sent.push(request),
    onResponse: (listener) => {
      respond = listener
    },
    onFailure: (listener) => {
      failWith = listener
    },
    terminate: () => {
      terminated = true
    },
  }
  return {
    port,
    sent,
    respond: (r: WorkerMessage) => respond(r),
    fail: (m: string) => failWith(m),
    terminated: () => terminated,
  }
}

describe('ParserClient', () => {
  it('gives every request its own id and matches answers by id, in any order', async () => {
    const { port, sent, respond } = manualPort()
    const client = new ParserClient(() => port)
    const first = client.request('ping', {})
    const second = client.request('fieldDocs', { fields: ['a'] })
    expect(sent.map((request) => [request.type, request.id])).toEqual([
      ['ping', 1],
      ['fieldDocs', 2],
    ])
    respond({ type: 'fieldDocs', id: 2, body: { docs: {} } })
    respond({ type: 'ping', id: 1, body: { version: '9.9.9' } })
    expect(await first).toEqual({ status: 'answered', body: { version: '9.9.9' } })
    expect(await second).toEqual({ status: 'answered', body: { docs: {} } })
  })

  it('reports an older request on the same channel as stale', async () => {
    const { port, respond } = manualPort()
    const client = new ParserClient(() => port)
    const older = client.request('check', { rev: 1, framing, text: 'a', sample: 'S' }, 'diff')
    const newer = client.request('check', { rev: 1, framing, text: 'b', sample: 'S' }, 'diff')
    respond({ type: 'check', id: 1, body: { rev: 1, framing, check: null } })
    respond({ type: 'check', id: 2, body: { rev: 1, framing, check: null } })
    expect(await older).toEqual({ status: 'stale' })
    expect(await newer).toEqual({ status: 'answered', body: { rev: 1, framing, check: null } })
  })

  it('ignores answers nobody waits for, and rejects on worker failures', async () => {
    const { port, respond, fail } = manualPort()
    const client = new ParserClient(() => port)
    respond({ type: 'ping', id: 42, body: { version: 'x' } })
    const failed = client.request('ping', {})
    respond({ type: 'failure', id: 1, message: 'boom' })
    await expect(failed).rejects.toThrow('boom')
    const crashed = client.request('ping', {})
    fail('worker crashed')
    await expect(crashed).rejects.toBeInstanceOf(WorkerFailure)
  })

  it('kills a worker that does not answer in time and starts a new one', async () => {
    vi.useFakeTimers()
    try {
      const ports = [manualPort(), manualPort()]
      let spawned = 0
      const restarts: string[] = []
      const client = new ParserClient(() => ports[spawned++]?.port ?? manualPort().port, {
        timeoutMs: 1000,
        onRestart: (reason) => restarts.push(reason),
      })
      const slow = client.request('parse', { rev: 1, framing, lines: ['x'] })
      const outcome = expect(slow).rejects.toThrow(/restarted: no answer to parse within 1000 ms/)
      await vi.advanceTimersByTimeAsync(1000)
      await outcome
      expect(spawned).toBe(2)
      expect(ports[0]?.terminated()).toBe(true)
      expect(restarts).toHaveLength(1)

      // The new worker serves the next requests; the killed one's late answer is ignored.
      const next = client.request('ping', {})
      ports[0]?.respond({ type: 'ping', id: 2, body: { version: 'old' } })
      ports[1]?.respond({ type: 'ping', id: 2, body: { version: 'new' } })
      expect(await next).toEqual({ status: 'answered', body: { version: 'new' } })
    } finally {
      vi.useRealTimers()
    }
  })

  it('counts the watchdog from the last sign of progress, and names where a stuck request was', async () => {
    vi.useFakeTimers()
    try {
      const { port, respond } = manualPort()
      const client = new ParserClient(() => port, { timeoutMs: 1000 })
      const events: string[] = []
      const stuck = client.request(
        'probedParse',
        { rev: 1, framing, lines: ['a', 'b'] },
        null,
        (event) => events.push(event.type),
      )
      const outcome = stuck.catch((error: unknown) => error)
      respond({ type: 'probe', id: 1, body: { line: 0, start: 0, end: 1, step: null, rule: null } })
      await vi.advanceTimersByTimeAsync(900)
      // A new line shows progress: the count starts again. A step within the line does not.
      respond({ type: 'probe', id: 1, body: { line: 1, start: 0, end: 1, step: null, rule: null } })
      await vi.advanceTimersByTimeAsync(500)
      respond({
        type: 'probe',
        id: 1,
        body: { line: 1, start: 0, end: 1, step: 'set_fields action 3 (x)', rule: 'R' },
      })
      await vi.advanceTimersByTimeAsync(499)
      expect(events).toEqual(['probe', 'probe', 'probe'])
      await vi.advanceTimersByTimeAsync(1)
      const error = await outcome
      expect(error).toBeInstanceOf(WorkerTimeout)
      expect(error instanceof WorkerTimeout ? error.probe : null).toEqual({
        line: 1,
        start: 0,
        end: 1,
        step: 'set_fields action 3 (x)',
        rule: 'R',
      })
    } finally {
      vi.useRealTimers()
    }
  })

  it('takes a new watchdog bound for the parses that follow', async () => {
    vi.useFakeTimers()
    try {
      const client = new ParserClient(() => manualPort().port, { timeoutMs: 10_000 })
      client.setTimeoutMs(200)
      const parse = { rev: 1, framing, lines: ['x'] }
      const outcome = client.request('parse', parse).catch((error: unknown) => error)
      // Loading a format parses no line: it keeps the longer bound.
      const load = client.request('ping', {}).catch((error: unknown) => error)
      await vi.advanceTimersByTimeAsync(200)
      expect(await outcome).toBeInstanceOf(WorkerTimeout)
      expect(await load).toBeInstanceOf(WorkerRestarted)
    } finally {
      vi.useRealTimers()
    }
  })

  it('blames the request the worker last showed working on, not a later one queued behind it', async () => {
    vi.useFakeTimers()
    try {
      const { port, respond } = manualPort()
      const client = new ParserClient(() => port, { timeoutMs: 1000 })
      const stuck = client
        .request('probedParse', { rev: 1, framing, lines: ['x'] })
        .catch((error: unknown) => error)
      const queued = client.request('checkSamples', { rev: 1, framing, samples: [] })
      const outcome = queued.catch((error: unknown) => error)
      respond({ type: 'started', id: 1, body: null })
      await vi.advanceTimersByTimeAsync(10)
      // Starting a line re-arms the first request's watchdog: the queued one's fires first.
      respond({ type: 'probe', id: 1, body: { line: 0, start: 0, end: 1, step: null, rule: null } })
      await vi.advanceTimersByTimeAsync(1000)
      expect(await stuck).toBeInstanceOf(WorkerTimeout)
      expect(await outcome).toBeInstanceOf(WorkerRestarted)
      expect(await outcome).not.toBeInstanceOf(WorkerTimeout)
    } finally {
      vi.useRealTimers()
    }
  })
})

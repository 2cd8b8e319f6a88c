import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { normalizeForComparison } from './ecs'
import type { EcsEvent } from './types'

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url))
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function run(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

const PARSER = `pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: '^%{WORD:verb} %{INT:port}$'
  - name: fields
    filter: '{{ parsed_event.result != None }}'
stages:
  fields:
    actions:
      - set:
          event.action: '{{ parsed_event.result.verb }}'
          source.port: '{{ parsed_event.result.port }}'
`

const sample = (message: string, expected: object) =>
  JSON.stringify({ input: { message }, expected: { message, ...expected } }, null, 2)

const root = mkdtempSync(join(tmpdir(), 'esxi-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function formatFolder(name: string, tests: Record<string, string>): string {
  const folder = join(root, name)
  mkdirSync(join(folder, 'ingest'), { recursive: true })
  mkdirSync(join(folder, 'tests'), { recursive: true })
  mkdirSync(join(folder, '_meta'), { recursive: true })
  writeFileSync(join(folder, '_meta/manifest.yml'), `slug: ${name}\nname: ${name}\nuuid: x\n`)
  writeFileSync(join(folder, 'ingest/parser.yml'), PARSER)
  for (const [file, text] of Object.entries(tests)) writeFileSync(join(folder, 'tests', file), text)
  return folder
}

describe('cli parse', () => {
  const folder = formatFolder('parse', {})

  it('writes one JSON event per non-empty line of stdin', async () => {
    const { code, stdout } = await run(
      ['parse', '--format', folder],
      'open 22\n\nclose 23\r\nnoise\n',
    )
    expect(code).toBe(0)
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { message: 'open 22', event: { action: 'open' }, source: { port: 22 } },
      { message: 'close 23', event: { action: 'close' }, source: { port: 23 } },
      { message: 'noise' },
    ])
  })

  it('reads files in turn', async () => {
    const a = join(root, 'a.log')
    const b = join(root, 'b.log')
    writeFileSync(a, 'open 1\n')
    writeFileSync(b, 'open 2')
    const { code, stdout } = await run(['parse', a, b, '--format', folder])
    expect(code).toBe(0)
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).source.port),
    ).toEqual([1, 2])
  })

  it('stops quietly when the reader goes away (| head)', async () => {
    const lines = 'open 22\n'.repeat(200_000)
    const child = spawn(TSX, [CLI, 'parse', '--format', folder])
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(lines)
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('cli parse, default ESXi format', () => {
  it('turns the 34 seed messages into the seed events', async () => {
    const tests = fileURLToPath(new URL('./formats/vmware-esxi/tests/', import.meta.url))
    const samples = readdirSync(tests)
      .sort()
      .map((file) => JSON.parse(readFileSync(join(tests, file), 'utf8')) as { expected: EcsEvent })
    expect(samples).toHaveLength(34)
    const messages = samples.map((sample) => String(sample.expected.message))
    const { code, stdout } = await run(['parse'], `${messages.join('\n')}\n`)
    expect(code).toBe(0)
    const events = stdout
      .trimEnd()
      .split('\n')
      .map((line) => normalizeForComparison(JSON.parse(line) as EcsEvent))
    expect(events).toEqual(samples.map((sample) => normalizeForComparison(sample.expected)))
  })
})

describe('cli parse, framing', () => {
  const line = '<38>Apr 18 07:14:36 esx01 sshd[12345]: Connection from 1.2.3.4 port 33398'

  it('strips a syslog header and fills its fields, in the zone --timezone names', async () => {
    const { code, stdout } = await run(['parse', '--timezone', 'Europe/Paris'], `${line}\n`)
    expect(code).toBe(0)
    const event = JSON.parse(stdout) as EcsEvent
    expect(event).toMatchObject({
      message: 'Connection from 1.2.3.4 port 33398',
      host: { hostname: 'esx01' },
      process: { name: 'sshd', pid: 12345 },
      source: { ip: '1.2.3.4', port: 33398 },
    })
    expect(String(event['@timestamp'])).toMatch(/^\d{4}-04-18T05:14:36\.000Z$/)
  })

  it('leaves the line whole with --no-framing', async () => {
    const { code, stdout } = await run(['parse', '--no-framing'], `${line}\n`)
    expect(code).toBe(0)
    const event = JSON.parse(stdout) as EcsEvent
    expect(event.message).toBe(line)
    expect(event.host).toBeUndefined()
  })

  it('refuses an unknown --timezone with the usage', async () => {
    const { code, stderr } = await run(['parse', '--timezone', 'Mars/Olympus'])
    expect(code).toBe(2)
    expect(stderr).toContain('--no-framing')
  })
})

describe('cli test', () => {
  it('ends with "N passed, M failed" and a diff of each failure, exit 1 on failure', async () => {
    const folder = formatFolder('failing', {
      'good.json': sample('open 22', { event: { action: 'open' }, source: { port: 22 } }),
      'bad.json': sample('open 23', { event: { action: 'close' }, source: { port: 23 } }),
    })
    const { code, stdout } = await run(['test', folder])
    const lines = stdout.trimEnd().split('\n')
    expect(lines[lines.length - 1]).toBe('1 passed, 1 failed')
    expect(stdout).toContain('FAIL bad')
    expect(stdout).toContain('-    "action": "close"')
    expect(stdout).toContain('+    "action": "open"')
    expect(code).toBe(1)
  })

  it('exits 0 when every sample passes', async () => {
    const folder = formatFolder('passing', {
      'good.json': sample('open 22', { event: { action: 'open' }, source: { port: 22 } }),
    })
    const { code, stdout } = await run(['test', folder])
    expect(stdout.trimEnd()).toBe('1 passed, 0 failed')
    expect(code).toBe(0)
  })

  it('prints diagnostics as file:line:column and counts an unreadable test as failed', async () => {
    const folder = formatFolder('broken', { 'broken.json': '{\n  "input": {}\n}' })
    const { code, stdout } = await run(['test', folder])
    expect(stdout).toContain(`${join(folder, 'tests/broken.json')}:2:3: error:`)
    expect(stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed')
    expect(code).toBe(1)
  })
})

describe('cli usage', () => {
  it('documents the platform rule in --help', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('sekoiaio_platform')
    expect(stdout).toContain('--no-framing')
    expect(stdout).toContain('--timezone')
  })

  it('answers an unknown command or platform with the usage and exit code 2', async () => {
    const unknown = await run(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Usage:')
    expect((await run(['parse', '--platform', '1999'])).code).toBe(2)
  })
})

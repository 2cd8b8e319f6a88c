import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { testFormat } from './test-command'

const DEMO = fileURLToPath(new URL('../formats/testing/demo-gateway', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'test-command-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The demo format with its manifest stating another era than the one its samples need. */
function demoStating(era: string): string {
  const folder = join(root, era)
  cpSync(DEMO, folder, { recursive: true })
  const manifest = `uuid: 0d9c1f55-6a0e-4c2e-9b57-3f1f2f0a7e11\nname: Demo\nslug: demo\nsekoiaio_platform: '${era}'\n`
  writeFileSync(join(folder, '_meta/manifest.yml'), manifest)
  return folder
}

async function printed(folder: string, platform?: '2023' | '2026') {
  const output = new PassThrough()
  let text = ''
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8')
  })
  const ok = await testFormat(folder, platform, output, false)
  return { ok, lines: text.trimEnd().split('\n') }
}

describe('testFormat', () => {
  it('passes a folder whose samples match its era, with no hint', async () => {
    const { ok, lines } = await printed(DEMO)
    expect(ok).toBe(true)
    expect(lines).toEqual(['4 passed, 0 failed'])
  })

  it('names the era that passes more when the folder does not say which to use', async () => {
    const { ok, lines } = await printed(demoStating('2024'))
    expect(ok).toBe(false)
    expect(lines.slice(-2)).toEqual([
      '1 passed, 3 failed',
      'hint: with --platform 2026, 4 passed, 0 failed',
    ])
  })

  it('gives no hint when the era was asked for', async () => {
    const { lines } = await printed(DEMO, '2023')
    expect(lines.at(-1)).toBe('0 passed, 4 failed')
  })
})

// The CLI and the browser's worker give identical results for the same folder: the `test` and
// `parse` command code of parser/node and the worker's ParserSession are fed the same files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FormatFiles, PlatformProfile } from '../../parser/index'
import { formatParser, parseLines } from '../../parser/node/parse-command'
import { readFormatFolder } from '../../parser/node/read-folder'
import { runFormatTests } from '../../parser/node/test-command'
import type { FramingSetting } from './protocol'
import { ParserSession } from './session'

const folder = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const FOLDERS = [
  { name: 'vmware-esxi', path: folder('../../parser/formats/vmware-esxi') },
  { name: 'testing/demo-gateway', path: folder('../../parser/formats/testing/demo-gateway') },
]
const PLATFORMS: readonly (PlatformProfile | undefined)[] = [undefined, '2023', '2026']

// Lines no sample has: a framed one, one no rule matches, one with odd characters.
const EXTRA_LINES = [
  '<13>1 2026-03-01T10:00:00Z esx01 sshd 123 - - Connection from 10.0.0.1 port 22',
  'gw-03 allow proto=6 src=10.9.9.9:1 dst=db.example.org:5432 url=https://db.example.org/',
  'nothing matches this line \u000b at all — ünïcode',
]

/** Runs the CLI's `parse` command code over the lines, as a file, and reads its NDJSON back. */
async function cliEvents(
  files: FormatFiles,
  platform: PlatformProfile | undefined,
  lines: readonly string[],
  framing: FramingSetting,
): Promise<unknown[]> {
  const { parser } = formatParser(files, platform)
  if (!parser) throw new Error('the folder does not compile')
  const dir = await mkdtemp(join(tmpdir(), 'parity-'))
  try {
    const file = join(dir, 'lines.log')
    await writeFile(file, `${lines.join('\n')}\n`)
    const output = new PassThrough()
    const chunks: string[] = []
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
    await parseLines(parser, [file], new PassThrough(), output, {
      framing: { ...framing, now: new Date() },
    })
    return chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line))
  } finally {
    await rm(dir, { recursive: true })
  }
}

describe.each(FOLDERS)('the CLI and the worker on $name', ({ path }) => {
  it.each(PLATFORMS)(
    'give the same sample verdicts, diffs and diagnostics (platform %s)',
    async (platform) => {
      const files = await readFormatFolder(path)
      const cli = runFormatTests(files, platform)
      const session = new ParserSession()
      const summary = session.load(files, { platform: platform ?? null })

      expect(summary.diagnostics).toEqual(cli.diagnostics)
      expect(summary.samples.map(({ name, pass }) => ({ name, pass }))).toEqual(
        cli.samples.map(({ name, pass }) => ({ name, pass })),
      )
      const unframed: FramingSetting = { enabled: false, timezone: 'UTC' }
      for (const sample of cli.samples) {
        const message = files[`tests/${sample.name}.json`] ?? ''
        const input = JSON.parse(message).input.message
        const check = session.check(input, sample.name, unframed)
        expect({ name: sample.name, expected: check?.expected, actual: check?.actual }).toEqual({
          name: sample.name,
          expected: sample.expected,
          actual: sample.actual,
        })
      }
      expect(cli.samples.length).toBeGreaterThan(0)
    },
  )

  it.each([
    { enabled: true, timezone: 'UTC' },
    { enabled: false, timezone: 'UTC' },
  ])('parse the same events (framing %o)', async (framing) => {
    const files = await readFormatFolder(path)
    const session = new ParserSession()
    const summary = session.load(files)
    const lines = [...summary.samples.map((sample) => sample.message), ...EXTRA_LINES]
    const worker = session.parseLines(lines, framing).map(({ result }) => result.event)
    expect(await cliEvents(files, undefined, lines, framing)).toEqual(
      JSON.parse(JSON.stringify(worker)),
    )
  })
})

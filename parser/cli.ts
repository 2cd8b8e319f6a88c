// The command line: `parse` streams NDJSON events, `test` runs a format folder's samples.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  CURRENT_PLATFORM,
  type FramingOptions,
  isTimeZone,
  PARSER_VERSION,
  PLATFORM_PROFILES,
  type PlatformProfile,
} from './index'
import { formatParser, parseLines } from './node/parse-command'
import { readFormatFolder } from './node/read-folder'
import { testFormat } from './node/test-command'

const DEFAULT_FORMAT = fileURLToPath(new URL('./formats/vmware-esxi', import.meta.url))

const USAGE = `esxi-parser ${PARSER_VERSION}

Usage:
  npm run esxi -- parse [files…] [--format <folder>] [--platform <era>]
                        [--no-framing] [--timezone <IANA zone>]
      Parses each line of the files (of stdin when none), streaming, and writes one ECS event
      per line as JSON (NDJSON) to stdout. Empty lines are skipped.
      --format defaults to the VMware ESXi format shipped with this package.
      Framing strips the header a line arrived with (RFC 3164 or RFC 5424 syslog, an ESXi 6/7 or
      ESXi 8 log file) and fills @timestamp, host.hostname, process.*, log.syslog.* from it where
      the format sets nothing. --no-framing parses every line as a bare message. --timezone is
      the zone of stamps that carry none (default UTC); a stamp without a year takes the current
      one (the year before when that would put it more than a day in the future).

  npm run esxi -- test <format-folder> [--platform <era>]
      Loads the format folder, prints its diagnostics (file:line:column), runs its tests/*.json
      and prints a diff of expected vs actual for each failure, then "N passed, M failed".
      Exits with 1 on any failure or error.

  npm run esxi -- --help

The platform era (${PLATFORM_PROFILES.join(', ')}) selects the post-processing of the platform of
that year: --platform when given, else the format's _meta/manifest.yml key sekoiaio_platform,
else ${CURRENT_PLATFORM}.
`

class UsageError extends Error {}

function platformOption(value: string | undefined): PlatformProfile | undefined {
  if (value === undefined) return undefined
  const profile = PLATFORM_PROFILES.find((candidate) => candidate === value)
  if (!profile) throw new UsageError(`--platform must be one of ${PLATFORM_PROFILES.join(', ')}`)
  return profile
}

function framingOption(off: boolean | undefined, timezone: string | undefined): FramingOptions {
  if (timezone !== undefined && !isTimeZone(timezone))
    throw new UsageError(`--timezone must be UTC or an IANA time zone, not ${timezone}`)
  return { enabled: off !== true, timezone: timezone ?? 'UTC', now: new Date() }
}

async function parseCommand(
  files: string[],
  folder: string,
  platform: PlatformProfile | undefined,
  framing: FramingOptions,
) {
  const { parser, diagnostics } = formatParser(await readFormatFolder(folder), platform)
  if (!parser) {
    for (const d of diagnostics) {
      process.stderr.write(
        `${join(folder, d.file)}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`,
      )
    }
    return 1
  }
  await parseLines(parser, files, process.stdin, process.stdout, { framing })
  return 0
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      platform: { type: 'string' },
      'no-framing': { type: 'boolean' },
      timezone: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const [command, ...rest] = positionals
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const platform = platformOption(values.platform)
  if (command === 'parse') {
    const framing = framingOption(values['no-framing'], values.timezone)
    return parseCommand(rest, values.format ?? DEFAULT_FORMAT, platform, framing)
  }
  if (command === 'test') {
    const [folder, ...extra] = rest
    if (folder === undefined || extra.length > 0 || values.format !== undefined) {
      throw new UsageError('test takes exactly one format folder')
    }
    return (await testFormat(folder, platform, process.stdout, colorOutput())) ? 0 : 1
  }
  throw new UsageError(
    command === undefined ? 'a command is required' : `unknown command: ${command}`,
  )
}

// Colors only for a person at a terminal, and never against their NO_COLOR wish.
const colorOutput = (): boolean => process.stdout.isTTY === true && !process.env.NO_COLOR

const isArgumentError = (error: unknown): boolean =>
  error instanceof UsageError ||
  (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))

// `… | head` closes stdout early: that ends the run, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const usage = isArgumentError(error)
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    if (usage) process.stderr.write(`\n${USAGE}`)
    process.exitCode = usage ? 2 : 1
  },
)

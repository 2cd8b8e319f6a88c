// What an exported sample must hold, computed outside the browser: the event by the project's CLI
// (the same parser the worker bundles, in its own process because Playwright's loader cannot
// import the parser's package.json), serialized by parser/samples. The download is thus checked
// against an independent serialization, not against itself.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { serializeSample } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'

const FORMAT = 'parser/formats/vmware-esxi'

function isEvent(value: unknown): value is EcsEvent {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function manifest(): { slug: string; uuid: string } {
  const parsed: unknown = parseYaml(readFileSync(`${FORMAT}/_meta/manifest.yml`, 'utf8'))
  if (!isEvent(parsed) || typeof parsed.slug !== 'string' || typeof parsed.uuid !== 'string') {
    throw new Error('the manifest has no slug or uuid')
  }
  return { slug: parsed.slug, uuid: parsed.uuid }
}

/** The event the parser makes of `line`, as the worker would. */
export function parsedEvent(line: string): EcsEvent {
  // The seed samples, and so the worker, use the platform of 2023 (worker.ts).
  const output = execFileSync('npx', ['tsx', 'parser/cli.ts', 'parse', '--platform', '2023'], {
    input: `${line}\n`,
    encoding: 'utf8',
  })
  const event: unknown = JSON.parse(output)
  if (!isEvent(event)) throw new Error(`the CLI wrote no event for ${line}`)
  return event
}

/** The bytes of sample `name` for `line`, as intake-formats expects the file. */
export function expectedSampleFile(name: string, line: string): string {
  return serializeSample({ name, message: line, expected: parsedEvent(line) }, manifest())
}

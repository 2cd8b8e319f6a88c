import { isRecord } from '../format/json-text'
import { readSample } from '../format/samples'
import type { Value } from '../types'
import type { SampleDraft, SampleFileRead, SampleManifest } from './types'

/**
 * The intake-formats test file for a sample. Key order and layout are what the repository's
 * files use (JSON.stringify keeps insertion order), so a loaded sample serializes to its own bytes.
 */
export function serializeSample(sample: SampleDraft, manifest: SampleManifest): string {
  const file = {
    input: {
      sekoiaio: { intake: { dialect: manifest.slug, dialect_uuid: manifest.uuid } },
      message: sample.message,
    },
    expected: sample.expected,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** 'tests/AUTH_SSH_event.json' or 'C:\\x\\AUTH_SSH_event.json' → 'AUTH_SSH_event'. */
export function sampleNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  return base.replace(/\.json$/i, '')
}

// readSample checks the shape the parser needs; an imported file must also carry a readable
// dialect header, since export writes it back from the manifest and a wrong type there means
// the file was not written for intake-formats.
function headerProblem(input: Record<string, Value>): string | null {
  const { sekoiaio } = input
  if (sekoiaio === undefined) return null
  if (!isRecord(sekoiaio)) return '"input.sekoiaio" must be an object'
  const { intake } = sekoiaio
  if (intake === undefined) return null
  if (!isRecord(intake)) return '"input.sekoiaio.intake" must be an object'
  for (const key of ['dialect', 'dialect_uuid']) {
    const value = intake[key]
    if (value !== undefined && typeof value !== 'string') {
      return `"input.sekoiaio.intake.${key}" must be a string`
    }
  }
  return null
}

function lineColumnOf(text: string, needle: string): { line: number; column: number } {
  const at = Math.max(0, text.indexOf(needle))
  const before = text.slice(0, at).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/** Reads one dropped or unzipped test file; every reason it is not a sample, located. */
export function readSampleFile(fileName: string, text: string): SampleFileRead {
  const read = readSample(fileName, text)
  if (read.sample === null) {
    return {
      ok: false,
      errors: read.diagnostics.map(({ message, line, column }) => ({ message, line, column })),
    }
  }
  const problem = headerProblem(read.sample.input)
  if (problem !== null) {
    return { ok: false, errors: [{ message: problem, ...lineColumnOf(text, '"sekoiaio"') }] }
  }
  const { message, expected } = read.sample
  return { ok: true, sample: { name: sampleNameOf(fileName), message, expected } }
}

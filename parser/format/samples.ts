import type { Diagnostic } from '../types'
import { isRecord, readJson } from './json-text'
import { diagnosticAt } from './position'
import type { Sample } from './types'

const TEST_FILE = /^tests\/([^/]+)\.json$/

/** The test files of a format folder, in name order, as the intake-formats harness lists them. */
export function sampleFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => TEST_FILE.test(path)).sort()
}

/** One `tests/NAME.json`: a sample, or the diagnostics that keep it from being one. */
export function readSample(
  file: string,
  text: string,
): { sample: Sample | null; diagnostics: Diagnostic[] } {
  const read = readJson(file, text)
  if (!read.ok) return { sample: null, diagnostics: [read.diagnostic] }
  // Points at the first of the keys found in the text: exact for the usual two-space layout,
  // where each key is written once.
  const problem = (keys: string[], message: string) => {
    const key = keys.find((candidate) => text.includes(`"${candidate}"`))
    const at = key === undefined ? 0 : text.indexOf(`"${key}"`)
    const end = key === undefined ? 1 : at + key.length + 2
    return { sample: null, diagnostics: [diagnosticAt(read.source, at, end, 'test-file', message)] }
  }
  if (!isRecord(read.value)) {
    return problem([], 'a test file is an object with "input" and "expected"')
  }
  const { input, expected } = read.value
  if (!isRecord(input) || typeof input.message !== 'string') {
    return problem(['message', 'input'], '"input.message" must be a string: the raw log line')
  }
  if (!isRecord(expected)) {
    return problem(['expected'], '"expected" must be an object: the event to produce')
  }
  const name = TEST_FILE.exec(file)?.[1] ?? file
  return { sample: { name, file, message: input.message, input, expected, text }, diagnostics: [] }
}

import { join } from 'node:path'
import type { Writable } from 'node:stream'
import {
  CURRENT_PLATFORM,
  compile,
  type Diagnostic,
  type FormatFiles,
  loadFormat,
  PLATFORM_PROFILES,
  type PlatformProfile,
  runSamples,
  type SampleResult,
} from '../index'
import { readFormatFolder } from './read-folder'
import { type DiffStyle, PLAIN, unifiedDiff } from './unified-diff'

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`
const COLORED: DiffStyle = { removed: ansi(31), added: ansi(32), hunk: ansi(36) }

function diagnosticLine(folder: string, diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, code } = diagnostic
  return `${join(folder, file)}:${line}:${column}: ${severity}: ${message} [${code}]`
}

/** What `test` finds in a format folder, before it is printed. */
export interface FormatTestRun {
  /** Loading's and compiling's, in that order. */
  diagnostics: Diagnostic[]
  /** The samples that were run: none when parser.yml does not compile. */
  samples: SampleResult[]
  passed: number
  /** Failed samples, test files that could not be read, and every sample when nothing compiles. */
  failed: number
  /** Whether the folder passes: every sample passed and no diagnostic is an error. */
  ok: boolean
  /** The era the samples ran under: the one asked for, else the manifest's, else the current one. */
  platform: PlatformProfile
}

/** Loads and compiles a format folder's files and runs its samples, as `test` does. */
export function runFormatTests(
  files: FormatFiles,
  platform: PlatformProfile | undefined,
): FormatTestRun {
  const format = loadFormat(files)
  const { parser, diagnostics } = compile(format, platform ? { platform } : {})
  const all = [...format.diagnostics, ...diagnostics]
  const unreadable = new Set(
    all
      .filter(({ severity, file }) => severity === 'error' && file.startsWith('tests/'))
      .map(({ file }) => file),
  )
  const samples = parser ? runSamples(parser, format.samples) : []
  const passed = samples.filter((sample) => sample.pass).length
  const failed = samples.length - passed + unreadable.size + (parser ? 0 : format.samples.length)
  const compileErrors = all.some(({ severity }) => severity === 'error')
  const ok = failed === 0 && !compileErrors
  return {
    diagnostics: all,
    samples,
    passed,
    failed,
    ok,
    platform: parser?.platform ?? CURRENT_PLATFORM,
  }
}

/**
 * `test <folder>`: loads and compiles the format, runs its samples, prints the diagnostics and a
 * diff per failing sample, then `N passed, M failed`. A test file that cannot be read counts as
 * failed. Returns whether everything passed.
 */
export async function testFormat(
  folder: string,
  platform: PlatformProfile | undefined,
  output: Writable,
  color: boolean,
): Promise<boolean> {
  const files = await readFormatFolder(folder)
  const run = runFormatTests(files, platform)
  const lines = run.diagnostics.map((diagnostic) => diagnosticLine(folder, diagnostic))
  const style = color ? COLORED : PLAIN
  for (const sample of run.samples) {
    if (sample.pass) continue
    const expected = JSON.stringify(sample.expected, null, 2)
    const actual = JSON.stringify(sample.actual, null, 2)
    lines.push(
      `FAIL ${sample.name}`,
      unifiedDiff(expected, actual, { before: 'expected', after: 'actual' }, style),
    )
  }
  lines.push(`${run.passed} passed, ${run.failed} failed`)
  if (!run.ok && platform === undefined && run.samples.length > 0)
    lines.push(...eraHint(files, run.platform, run.passed))
  output.write(`${lines.join('\n')}\n`)
  return run.ok
}

/**
 * Samples match the platform of their day (engine.md §7) and real manifests seldom say which:
 * when the default era fails some, says which other era passes more.
 */
function eraHint(files: FormatFiles, tried: PlatformProfile, passed: number): string[] {
  let best: { platform: PlatformProfile; run: FormatTestRun } | null = null
  for (const other of PLATFORM_PROFILES) {
    if (other === tried) continue
    const run = runFormatTests(files, other)
    if (run.passed > (best?.run.passed ?? passed)) best = { platform: other, run }
  }
  if (!best) return []
  const { platform, run } = best
  return [`hint: with --platform ${platform}, ${run.passed} passed, ${run.failed} failed`]
}

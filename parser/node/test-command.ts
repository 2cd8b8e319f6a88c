import { join } from 'node:path'
import type { Writable } from 'node:stream'
import { compile, type Diagnostic, loadFormat, type PlatformProfile, runSamples } from '../index'
import { readFormatFolder } from './read-folder'
import { type DiffStyle, PLAIN, unifiedDiff } from './unified-diff'

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`
const COLORED: DiffStyle = { removed: ansi(31), added: ansi(32), hunk: ansi(36) }

function diagnosticLine(folder: string, diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, code } = diagnostic
  return `${join(folder, file)}:${line}:${column}: ${severity}: ${message} [${code}]`
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
  const lines: string[] = []
  const format = loadFormat(await readFormatFolder(folder))
  const { parser, diagnostics } = compile(format, platform ? { platform } : {})
  const all = [...format.diagnostics, ...diagnostics]
  for (const diagnostic of all) lines.push(diagnosticLine(folder, diagnostic))
  const unreadable = new Set(
    all
      .filter(({ severity, file }) => severity === 'error' && file.startsWith('tests/'))
      .map(({ file }) => file),
  )
  let passed = 0
  let failed = unreadable.size
  if (!parser) failed += format.samples.length
  const style = color ? COLORED : PLAIN
  for (const sample of parser ? runSamples(parser, format.samples) : []) {
    if (sample.pass) {
      passed++
      continue
    }
    failed++
    const expected = JSON.stringify(sample.expected, null, 2)
    const actual = JSON.stringify(sample.actual, null, 2)
    lines.push(
      `FAIL ${sample.name}`,
      unifiedDiff(expected, actual, { before: 'expected', after: 'actual' }, style),
    )
  }
  lines.push(`${passed} passed, ${failed} failed`)
  output.write(`${lines.join('\n')}\n`)
  const compileErrors = all.some(({ severity }) => severity === 'error')
  return failed === 0 && !compileErrors
}

// What both benchmarks measure: the ESXi format compiled from its folder, and the 100,000 corpus
// lines made from its samples.
import { fileURLToPath } from 'node:url'
import { type CompiledParser, compile, type Format, loadFormat } from '../index'
import { readFormatFolder } from '../node/read-folder'
import { makeCorpus } from './corpus'

export const BENCH_LINES = 100_000

export interface BenchSubject {
  format: Format
  parser: CompiledParser
  lines: string[]
}

export async function benchSubject(): Promise<BenchSubject> {
  const folder = fileURLToPath(new URL('../formats/vmware-esxi', import.meta.url))
  const format = loadFormat(await readFormatFolder(folder))
  const { parser, diagnostics } = compile(format)
  if (!parser) throw new Error(`the ESXi format does not compile: ${diagnostics[0]?.message}`)
  const lines = makeCorpus(
    format.samples.map((sample) => sample.message),
    BENCH_LINES,
  )
  return { format, parser, lines }
}

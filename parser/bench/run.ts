// `npm run bench`: the whole parse against the floor (one V8 RegExp.exec of our compiled alternation
// per line), side by side over the same lines in one run, then the worst adversarial line.
import { parse as parseYaml } from 'yaml'
import { compileGrok } from '../grok'
import { parse } from '../index'
import { printAdversarialReport } from './adversarial'
import { adversarialLines } from './corpus'
import { sideBySide, type Throughput, worstCase } from './measure'
import { benchSubject } from './subject'

const RUNS = 7
const ADVERSARIAL_LENGTH = 64 * 1024

interface GrokStep {
  external?: {
    name?: string
    properties?: { pattern?: string; custom_patterns?: Record<string, string> }
  }
}

async function main(): Promise<void> {
  const { format, parser, lines } = await benchSubject()

  // The floor is the same top-level alternation the parser matches, as one plain V8 RegExp.
  const definition = parseYaml(format.files['ingest/parser.yml'] ?? '') as { pipeline: GrokStep[] }
  const grokStep = definition.pipeline.find((step) => step.external?.name === 'grok.match')
  const properties = grokStep?.external?.properties
  if (!properties?.pattern) throw new Error('the ESXi format has no grok.match step')
  const floor = compileGrok(properties.pattern, {
    customPatterns: properties.custom_patterns ?? {},
  }).floorRegExp()

  const megabytes = lines.reduce((total, line) => total + line.length + 1, 0) / 1_048_576
  console.log(
    `corpus: ${lines.length} lines, ${megabytes.toFixed(1)} MB; medians of ${RUNS} runs, floor and parse taking turns`,
  )

  const {
    figures: [floorFigures, parseFigures],
    ratios: [, ratio],
  } = sideBySide(lines, [(line) => floor.exec(line), (line) => parse(parser, line)], RUNS)
  if (!floorFigures || !parseFigures || ratio === undefined) throw new Error('nothing measured')
  const row = (name: string, figures: Throughput) =>
    console.log(
      `${name.padEnd(34)} ${Math.round(figures.linesPerSecond).toLocaleString('en-US').padStart(10)} lines/s ${figures.megabytesPerSecond.toFixed(1).padStart(7)} MB/s`,
    )
  row('floor (V8 RegExp.exec, d flag)', floorFigures)
  row('parse (grok + stages + ECS)', parseFigures)
  console.log(
    `ratio parse / floor: ${ratio.toFixed(2)} (median of the runs' ratios; target >= 0.33)`,
  )

  const adversarial = adversarialLines(ADVERSARIAL_LENGTH)
  const worst = worstCase(adversarial, ({ line }) => parse(parser, line))
  console.log(
    `adversarial: ${adversarial.length} lines of ${ADVERSARIAL_LENGTH / 1024} KiB, worst ${worst.milliseconds.toFixed(1)} ms (${worst.name}; target < 50 ms)`,
  )
  printAdversarialReport(
    parser,
    format.samples.map((sample) => sample.message),
  )
}

await main()

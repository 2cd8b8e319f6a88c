// Adversarial lines per ESXi rule: each rule's own prefixes (cut from the samples it matches, at
// every separator) followed by 64 KiB runs of the characters backtracking engines choke on and of
// the rule's own separators. Each line is parsed alone; the report is the worst time per rule.
import { type CompiledParser, parse } from '../index'
import { worstCase } from './measure'

export const ADVERSARIAL_TARGET_MS = 50

/** Characters whose long runs make backtracking explode on log patterns. */
const RUNS = [' ', '(', ')', '[', ']', '@', "'", '"', '=', ',', ':', '-', '.', '1', 'a', '\t']
/** Where a rule's text can be cut: just after one of its separators. */
const SEPARATOR = /[\s()[\]@'"=,:;/.<>{}|-]/u
const MAX_CUTS = 8

export interface AdversarialLine {
  name: string
  line: string
}

export interface RuleWorst {
  rule: string
  lines: number
  milliseconds: number
  shape: string
}

/** Up to MAX_CUTS prefixes of `message`, each ending just after a separator, spread along it. */
function prefixesOf(message: string): string[] {
  const cuts: number[] = [0]
  for (let index = 0; index < message.length; index++) {
    if (SEPARATOR.test(message.charAt(index))) cuts.push(index + 1)
  }
  const step = Math.max(1, Math.ceil(cuts.length / MAX_CUTS))
  return cuts.filter((_, index) => index % step === 0).map((cut) => message.slice(0, cut))
}

/** The separators a rule's lines use, besides the generic runs. */
function ownSeparators(messages: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const message of messages) {
    for (const char of message) if (SEPARATOR.test(char) && !RUNS.includes(char)) seen.add(char)
  }
  return [...seen]
}

const lineShape = (prefix: string, run: string, count: number): string =>
  `${JSON.stringify(prefix.length > 40 ? `${prefix.slice(0, 37)}...` : prefix)} + ${count.toLocaleString('en-US')} × ${JSON.stringify(run)}`

/** The adversarial lines of one rule, `length` characters each. */
export function adversarialLinesFor(
  messages: readonly string[],
  length: number,
): AdversarialLine[] {
  const runs = [...RUNS, ...ownSeparators(messages)]
  const lines: AdversarialLine[] = []
  for (const prefix of new Set(messages.flatMap(prefixesOf))) {
    const room = length - prefix.length
    for (const run of runs) {
      // A run that never closes, then one that alternates with spaces (optional-separator loops).
      lines.push({ name: lineShape(prefix, run, room), line: prefix + run.repeat(room) })
      const pair = `${run} `
      const pairs = Math.floor(room / 2)
      lines.push({ name: lineShape(prefix, pair, pairs), line: prefix + pair.repeat(pairs) })
    }
  }
  return lines
}

/** For every rule of the parser, in its order: its adversarial lines' worst parse time. */
export function adversarialReport(
  parser: CompiledParser,
  samples: readonly string[],
  length: number,
): RuleWorst[] {
  const byRule = new Map<string, string[]>(parser.rules.map((rule) => [rule.name, []]))
  for (const message of samples) {
    const rule = parse(parser, message).trace.rule
    if (rule !== null) byRule.get(rule)?.push(message)
  }
  return [...byRule].map(([rule, messages]) => {
    const lines = adversarialLinesFor(messages, length)
    const worst = worstCase(lines, ({ line }) => parse(parser, line))
    return { rule, lines: lines.length, milliseconds: worst.milliseconds, shape: worst.name }
  })
}

/** Prints the per-rule table and the overall worst against the target. */
export function printAdversarialReport(
  parser: CompiledParser,
  samples: readonly string[],
  length = 64 * 1024,
): void {
  const report = adversarialReport(parser, samples, length)
  const total = report.reduce((sum, entry) => sum + entry.lines, 0)
  console.log(`adversarial per rule: ${total} lines of ${length / 1024} KiB, worst of each rule`)
  for (const entry of report) {
    console.log(
      `  ${entry.rule.padEnd(30)} ${entry.milliseconds.toFixed(1).padStart(7)} ms  ${entry.shape}`,
    )
  }
  const worst = report.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a))
  const verdict = worst.milliseconds < ADVERSARIAL_TARGET_MS ? 'within' : 'OVER'
  console.log(
    `adversarial per rule, overall worst: ${worst.milliseconds.toFixed(1)} ms (${worst.rule}: ${worst.shape}); ${verdict} the ${ADVERSARIAL_TARGET_MS} ms target`,
  )
}

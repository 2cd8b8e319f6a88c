// Micro-benchmark of the grok engine alone: an ESXi-like 25+-rule pattern (about 100 named
// groups) over lines made from the seed messages, `match` versus one V8 `exec` of the same pattern
// translated to a plain RegExp with the `d` flag (the speed floor, engine.md §3), and the worst
// single-line time on adversarial 64 KiB lines. Run: npx tsx parser/bench/grok.ts

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compileGrok } from '../grok'
import { PatternLibrary } from '../grok/library'
import { Linker } from '../grok/link'
import { Machine } from '../grok/machine'
import { parseMainPattern } from '../grok/parse'
import { compileProgram } from '../grok/program'
import { ruleTrees } from '../grok/rules'
import { ESXI_PATTERN as PATTERN, ESXI_RULES as RULES } from '../grok/testing/esxi-pattern'
import { adversarialLines, makeCorpus } from './corpus'
import { median } from './measure'

/** The same pattern's matcher with the per-rule literal prefilter switched off (search only). */
function unfilteredMachine(): Machine {
  const { tree, branches } = parseMainPattern(PATTERN)
  const linker = new Linker(new PatternLibrary(RULES))
  const trees = ruleTrees(tree, branches).map((branch) => linker.link(branch, null))
  return new Machine(
    compileProgram(trees, PATTERN.length),
    trees.map(() => []),
  )
}

function seedMessages(): string[] {
  const seed = readFileSync(
    fileURLToPath(new URL('../../../shared/seed/000_c7a16f6c6cfa7b1e.txt', import.meta.url)),
    'utf8',
  )
  const messages = new Set<string>()
  for (const match of seed.matchAll(/^\s*"message": ("(?:[^"\\]|\\.)*"),?$/gm)) {
    messages.add(JSON.parse(match[1] as string) as string)
  }
  return [...messages]
}

/**
 * Patterns a backtracking engine cannot survive, each with a line that contains the pattern's
 * required literals (so the literal prefilter cannot dismiss it) but matches late or not at all.
 */
function pathological(length: number): { name: string; pattern: string; line: string }[] {
  const pairs = ', fileName = /vmfs/volumes/ds1/vm.vmx'
    .repeat(Math.ceil(length / 38))
    .slice(0, length)
  return [
    {
      name: 'nested lazy key=value list',
      pattern: '^%{WORD:k}(?:, %{WORD} = %{DATA})*;',
      line: `k${pairs}\n;`,
    },
    { name: '\\s*\\s*\\s*x on spaces', pattern: '\\s*\\s*\\s*x', line: `${' '.repeat(length)}yx` },
    { name: '(a|a)*b on a run of a', pattern: '(a|a)*b', line: `${'a'.repeat(length)}cb` },
    { name: 'unanchored .*x', pattern: '.*x', line: `${'y'.repeat(length)}\nx` },
    {
      name: '(\\w+\\s?)*$ on words',
      pattern: '^(?:\\w+\\s?)*$',
      line: `${'word '.repeat(length / 5)}!`,
    },
    { name: 'QUOTEDSTRING never closed', pattern: '%{QS:q}x', line: `"${'a'.repeat(length)}x` },
  ]
}

/** Each seed message with a long run of one character spliced into its middle. */
function splicedSeedLines(
  messages: readonly string[],
  length: number,
): { name: string; line: string }[] {
  const lines: { name: string; line: string }[] = []
  for (const [index, message] of messages.entries()) {
    const middle = message.indexOf(' ', message.length >> 1)
    const at = middle < 0 ? message.length : middle
    for (const char of [' ', 'a', '1', '.', ',', '=', "'", '(', '[', ']', '@', ':']) {
      lines.push({
        name: `seed ${index} + ${JSON.stringify(char)}`,
        line: message.slice(0, at) + char.repeat(length) + message.slice(at),
      })
    }
  }
  return lines
}

/** The best of a few timings: the noise on a shared machine only ever adds time. */
function bestOf(run: () => void, tries = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < tries; i++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

function main() {
  const grok = compileGrok(PATTERN, { customPatterns: RULES })
  const floor = grok.floorRegExp()
  const lines = makeCorpus(seedMessages(), 20_000)
  const matched = lines.filter((line) => grok.match(line) !== null).length
  console.log(`pattern: ${grok.rules.length} rules, ${grok.names.length} capture names`)
  console.log(`corpus: ${lines.length} lines, ${matched} matched by grok`)

  const bare = unfilteredMachine()
  // Interleaved runs, medians: on a shared machine all sides then see the same load.
  const times: number[][] = [[], [], []]
  let sink = 0
  for (let run = 0; run < 9; run++) {
    let start = performance.now()
    for (const line of lines) if (grok.match(line)?.values) sink++
    times[0]?.push(performance.now() - start)
    start = performance.now()
    for (const line of lines) if (bare.search(line)) sink++
    times[1]?.push(performance.now() - start)
    start = performance.now()
    for (const line of lines) if (floor.exec(line)?.indices) sink++
    times[2]?.push(performance.now() - start)
  }
  if (sink < 0) throw new Error('unreachable')
  const [grokRate, bareRate, floorRate] = times.map(
    (runs) => (lines.length / median(runs)) * 1000,
  ) as [number, number, number]
  console.log(`grok match (captures + values):         ${Math.round(grokRate)} lines/s`)
  console.log(`engine alone, no literal prefilter:     ${Math.round(bareRate)} lines/s`)
  console.log(`floor RegExp exec, d flag:              ${Math.round(floorRate)} lines/s`)
  console.log(`ratio grok / floor:                     ${(grokRate / floorRate).toFixed(2)}`)
  console.log(`ratio engine without prefilter / floor: ${(bareRate / floorRate).toFixed(2)}`)

  const report = (title: string, size: number, inputs: { name: string; line: string }[]) => {
    const times = inputs.map(({ name, line }) => ({ name, ms: bestOf(() => grok.match(line)) }))
    const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a))
    const middle = median(times.map((t) => t.ms))
    console.log(
      `  ${title}, ${size} chars, ${inputs.length} lines: slowest ${slowest.ms.toFixed(2)} ms (${slowest.name}), median ${middle.toFixed(2)} ms`,
    )
  }
  console.log('worst single line, ESXi pattern:')
  for (const size of [16_384, 65_536]) {
    report('corpus.ts adversarial lines', size, adversarialLines(size))
    report('seed lines with a run spliced in', size, splicedSeedLines(seedMessages(), size))
  }
  console.log('pathological patterns (linear time: 64 KiB should take about 4x the 16 KiB time):')
  for (const size of [16_384, 65_536]) {
    for (const { name, pattern, line } of pathological(size)) {
      const compiled = compileGrok(pattern)
      const ms = bestOf(() => compiled.match(line), 5)
      console.log(`  ${`${size} chars, ${name}`.padEnd(50)} ${ms.toFixed(2).padStart(8)} ms`)
    }
  }
}

main()

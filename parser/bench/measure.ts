// Side-by-side timing helpers: every figure the benchmark prints is a median over several runs.

export interface Throughput {
  linesPerSecond: number
  megabytesPerSecond: number
  milliseconds: number
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Runs each of `works` over all lines, `runs` times (after one warm-up pass each), taking turns:
 * run 1 of every work, then run 2 of every work, and so on, so that a change in the machine's
 * load weighs on all of them alike. Time is the process's CPU time (its GC and compiler threads
 * included), not the clock's, which also counts what other processes of a shared machine ran.
 * Each work's figures are its median run; `ratios[i]` compares work i with work 0 as the median
 * of the runs' ratios.
 */
export function sideBySide(
  lines: readonly string[],
  works: readonly ((line: string) => unknown)[],
  runs: number,
): { figures: Throughput[]; ratios: number[] } {
  const bytes = lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0)
  let sink = 0
  for (const work of works) for (const line of lines) if (work(line) !== undefined) sink++
  const times: number[][] = works.map(() => [])
  for (let run = 0; run < runs; run++) {
    works.forEach((work, index) => {
      const start = process.cpuUsage()
      for (const line of lines) if (work(line) !== undefined) sink++
      const { user, system } = process.cpuUsage(start)
      times[index]?.push((user + system) / 1000)
    })
  }
  // Reading `sink` keeps the loops observable, so V8 cannot drop them.
  if (sink < 0) throw new Error('unreachable')
  const figures = times.map((own) => {
    const milliseconds = median(own)
    return {
      milliseconds,
      linesPerSecond: (lines.length / milliseconds) * 1000,
      megabytesPerSecond: (bytes / 1_048_576 / milliseconds) * 1000,
    }
  })
  const first = times[0] ?? []
  const ratios = times.map((own) => median(own.map((time, run) => (first[run] ?? 0) / time)))
  return { figures, ratios }
}

/** The slowest single call of `work` over `inputs`, each timed alone (best of `tries`, to ignore GC noise). */
export function worstCase<T extends { name: string }>(
  inputs: readonly T[],
  work: (input: T) => unknown,
  tries = 3,
): { name: string; milliseconds: number } {
  let worst = { name: '', milliseconds: 0 }
  for (const input of inputs) {
    let best = Number.POSITIVE_INFINITY
    for (let attempt = 0; attempt < tries; attempt++) {
      const start = performance.now()
      work(input)
      best = Math.min(best, performance.now() - start)
    }
    if (best > worst.milliseconds) worst = { name: input.name, milliseconds: best }
  }
  return worst
}

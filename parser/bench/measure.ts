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

/** Runs `work` over all lines `runs` times (after one warm-up pass) and returns the median run. */
export function throughput(
  lines: readonly string[],
  work: (line: string) => unknown,
  runs: number,
): Throughput {
  const bytes = lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0)
  let sink = 0
  for (const line of lines) if (work(line) !== undefined) sink++
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    for (const line of lines) if (work(line) !== undefined) sink++
    times.push(performance.now() - start)
  }
  // Reading `sink` keeps the loops observable, so V8 cannot drop them.
  if (sink < 0) throw new Error('unreachable')
  const milliseconds = median(times)
  return {
    milliseconds,
    linesPerSecond: (lines.length / milliseconds) * 1000,
    megabytesPerSecond: (bytes / 1_048_576 / milliseconds) * 1000,
  }
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

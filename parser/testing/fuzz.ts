// Run counts of the fuzzing property tests: CI runs them as written, `npm run fuzz` multiplies them
// (FUZZ_SCALE) and can replay or vary a campaign (FUZZ_SEED), so a nightly job explores further.

export interface FuzzParameters {
  numRuns: number
  seed?: number
}

function positiveNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`)
  return value
}

function integer(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer`)
  return value
}

/** fast-check parameters for a property that CI runs `numRuns` times. */
export function fuzzParameters(numRuns: number): FuzzParameters {
  const scale = positiveNumber(process.env.FUZZ_SCALE, 'FUZZ_SCALE') ?? 1
  const seed = integer(process.env.FUZZ_SEED, 'FUZZ_SEED')
  const runs = Math.round(numRuns * scale)
  return seed === undefined ? { numRuns: runs } : { numRuns: runs, seed }
}

/** A test's time limit grown with the scale, so a nightly campaign is not cut off by CI's limit. */
export function fuzzTimeout(milliseconds: number): number {
  return milliseconds * (positiveNumber(process.env.FUZZ_SCALE, 'FUZZ_SCALE') ?? 1)
}

import type { SampleStatus } from '../worker/protocol'

/** How the samples' outcomes moved between two revisions of the same format's parser. */
export interface Regression {
  passing: number
  total: number
  /** Samples that passed before and fail now, in the format's order. */
  nowFail: string[]
  /** Samples that failed before and pass now. */
  nowPass: string[]
}

export function compareSamples(
  previous: readonly SampleStatus[],
  current: readonly SampleStatus[],
): Regression {
  const before = new Map(previous.map((sample) => [sample.name, sample.pass]))
  const nowFail: string[] = []
  const nowPass: string[] = []
  for (const sample of current) {
    const passed = before.get(sample.name)
    if (passed === undefined || passed === sample.pass) continue
    if (sample.pass) nowPass.push(sample.name)
    else nowFail.push(sample.name)
  }
  return {
    passing: current.filter((sample) => sample.pass).length,
    total: current.length,
    nowFail,
    nowPass,
  }
}

import { compareEvents } from '../ecs'
import type { Sample } from '../format'
import { runPipeline } from './run'
import type { CompiledParser, SampleResult } from './types'

/** Each sample's whole input is the `original` layer, as the platform receives it. */
export function runSamples(parser: CompiledParser, samples: readonly Sample[]): SampleResult[] {
  return samples.map((sample) => {
    const result = runPipeline(parser, sample.input, sample.message)
    const { equal, expected, actual } = compareEvents(sample.expected, result.event)
    return { name: sample.name, pass: equal, result, expected, actual }
  })
}

import { compareEvents } from '../ecs'
import type { Sample } from '../format'
import { frame } from '../framing'
import { DEFAULT_FRAMING } from './framing'
import { type ParseOptions, runPipeline } from './run'
import type { CompiledParser, SampleResult } from './types'

/**
 * Each sample's whole input is the `original` layer, as the platform receives it. Samples are
 * bare messages, which framing hands back untouched; a framed one has its message replaced.
 */
export function runSamples(
  parser: CompiledParser,
  samples: readonly Sample[],
  options: ParseOptions = {},
): SampleResult[] {
  const framing = options.framing ?? DEFAULT_FRAMING
  return samples.map((sample) => {
    const framed = frame(sample.message, framing)
    const input =
      framed.kind === 'bare' ? sample.input : { ...sample.input, message: framed.message }
    const result = runPipeline(parser, input, sample.message, framed)
    const { equal, expected, actual } = compareEvents(sample.expected, result.event)
    return { name: sample.name, pass: equal, result, expected, actual }
  })
}

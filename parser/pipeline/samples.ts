import { compareEvents } from '../ecs'
import type { Sample } from '../format'
import { type FramingOptions, frame } from '../framing'
import { DEFAULT_FRAMING } from './framing'
import { type ParseOptions, runPipeline } from './run'
import type { CompiledParser, SampleResult } from './types'

// The platform's test harness hands the parser each sample's message as written: real formats'
// samples keep a syslog header their own grok reads (Unbound's), so framing is off unless asked for.
const SAMPLE_FRAMING: FramingOptions = { ...DEFAULT_FRAMING, enabled: false }

/**
 * Each sample's whole input is the `original` layer, as the platform receives it. With framing
 * asked for, a framed sample has its message replaced.
 */
export function runSamples(
  parser: CompiledParser,
  samples: readonly Sample[],
  options: ParseOptions = {},
): SampleResult[] {
  const framing = options.framing ?? SAMPLE_FRAMING
  return samples.map((sample) => {
    const framed = frame(sample.message, framing)
    const input =
      framed.kind === 'bare' ? sample.input : { ...sample.input, message: framed.message }
    const result = runPipeline(parser, input, sample.message, framed)
    const { equal, expected, actual } = compareEvents(sample.expected, result.event)
    return { name: sample.name, pass: equal, result, expected, actual }
  })
}

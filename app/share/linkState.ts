import { type SampleDraft, uniqueName } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'
import type { PermalinkState } from './permalink'

/**
 * What a link carries: the editor's lines, and the expected event of each line the user made a
 * sample of, keyed by the line's index (the first sample of a line wins).
 */
export function linkStateOf(text: string | null, samples: readonly SampleDraft[]): PermalinkState {
  const lines = text === null || text === '' ? [] : text.split('\n')
  const expected: Record<string, EcsEvent> = {}
  lines.forEach((line, index) => {
    const sample = samples.find((entry) => entry.message === line)
    if (sample) expected[String(index)] = sample.expected
  })
  return Object.keys(expected).length === 0 ? { lines } : { lines, expected }
}

/**
 * The samples a link's expected events become: one per line that carries one, unless the user
 * already has that very sample; named after the line, never taking a name in use.
 */
export function samplesFromLink(
  state: PermalinkState,
  samples: readonly SampleDraft[],
  taken: Iterable<string>,
): SampleDraft[] {
  const names = [...taken]
  const added: SampleDraft[] = []
  for (const [key, expected] of Object.entries(state.expected ?? {})) {
    const message = state.lines[Number(key)]
    if (message === undefined) continue
    const known = samples.some(
      (sample) =>
        sample.message === message && JSON.stringify(sample.expected) === JSON.stringify(expected),
    )
    if (known) continue
    const name = uniqueName(`shared_line_${Number(key) + 1}`, names)
    names.push(name)
    added.push({ name, message, expected })
  }
  return added
}

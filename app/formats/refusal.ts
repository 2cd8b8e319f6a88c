import type { Diagnostic } from '../../parser/types'
import type { FormatSummary } from '../worker/protocol'

/** How many problems a refusal lists; the rest are counted. */
const LISTED = 5

const located = (diagnostic: Diagnostic) =>
  `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`

/**
 * Why a folder the user opened is not taken in place of the current format, or null to take it.
 * A folder is refused when it has no working parser: there would be nothing to run. Problems of its
 * other files (a test that does not read, a broken fields.yml) do not refuse it: the Parser tab lists
 * them, and the samples that read still run.
 */
export function refusalOf(summary: FormatSummary, folder: string): string | null {
  if (summary.definitionState === 'ok') return null
  const errors = summary.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  const heading = `${folder} was not opened: it has no working parser`
  const listed = errors.slice(0, LISTED).map(located)
  if (errors.length > LISTED) listed.push(`… and ${errors.length - LISTED} more`)
  return listed.length === 0 ? `${heading}.` : `${heading}:\n${listed.join('\n')}`
}

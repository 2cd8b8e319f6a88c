import { parsePythonLiteral, pyTruthy, type Scope } from '../template'
import type { CompiledText } from './types'

/**
 * Whether a `filter:` lets its step or action run (engine.md §4): the rendering is read as a
 * Python literal and tested for truth, so 'True' passes and 'False', '', 'None', '0', '[]' do not.
 * A rendering that is no literal at all ('allow', 'user root') passes when not empty: the
 * platform renders with Jinja2's native types, which fall back to the string itself when
 * literal_eval fails, and a non-empty string is true. A rendering error propagates: the caller
 * skips what the filter guarded.
 */
export function passes(filter: CompiledText, scope: Scope): boolean {
  const rendered = filter.kind === 'constant' ? filter.rendered : filter.template.render(scope)
  // What comparisons render, answered without reading a literal.
  if (rendered === 'True') return true
  if (rendered === 'False' || rendered === 'None' || rendered === '') return false
  const literal = parsePythonLiteral(rendered)
  return literal.ok ? pyTruthy(literal.value) : rendered !== ''
}

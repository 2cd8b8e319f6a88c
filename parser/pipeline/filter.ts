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

/**
 * The filters of one line's run. A template renders the same over the same layers, and compile
 * shares one filter among the steps and actions that spell it alike, so each filter is rendered
 * once between two changes of the layers. A filter that raises is not kept: it raises again.
 */
export class FilterResults {
  private readonly known = new Map<CompiledText, boolean>()

  passes(filter: CompiledText, scope: Scope): boolean {
    let passed = this.known.get(filter)
    if (passed === undefined) {
      passed = passes(filter, scope)
      this.known.set(filter, passed)
    }
    return passed
  }

  /** A layer was added or written: every filter must be rendered again. */
  layersChanged(): void {
    this.known.clear()
  }
}

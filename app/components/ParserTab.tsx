import { useState } from 'react'
import type { Diagnostic } from '../../parser/types'
import { downloadFile } from '../share/download'
import { editOf } from '../store/formatSource'
import { usePlayground } from '../store/index'
import type { FormatSummary } from '../worker/protocol'
import { FormatProblems } from './FormatProblems'
import { ParserTabEditor } from './ParserTabEditor'
import { PlatformSelect } from './PlatformSelect'
import { RegressionSummary } from './RegressionSummary'

const NOTICE: Readonly<Record<FormatSummary['definitionState'], string | null>> = {
  ok: null,
  'broken-using-last-good': 'definition has errors — showing results of the last good definition',
  'broken-no-parser': 'definition has errors — no results until it compiles',
}

function DefinitionNotice({
  format,
  onReveal,
}: {
  format: FormatSummary
  onReveal: (problem: Diagnostic) => void
}) {
  const notice = NOTICE[format.definitionState]
  if (!notice && format.diagnostics.length === 0) return null
  return (
    <div className="definition-notice" role="status" data-testid="definition-notice">
      {notice && <p className="definition-broken">{notice}</p>}
      <FormatProblems diagnostics={format.diagnostics} onReveal={onReveal} />
    </div>
  )
}

function DefinitionActions({ format }: { format: FormatSummary }) {
  const edited = usePlayground((state) => editOf(state, format.uuid))
  const source = usePlayground((state) => state.formatSource)
  const setDefinition = usePlayground((state) => state.setDefinition)
  // The edit a reset dropped, offered back until the next edit.
  const [dropped, setDropped] = useState<string | null>(null)
  const origin = source.kind === 'builtin' ? 'built-in' : 'folder’s'

  const reset = () => {
    if (edited === null) return
    setDropped(edited)
    setDefinition(format.uuid, format.sourceDefinition, format.sourceDefinition)
  }
  const undo = () => {
    if (dropped === null) return
    setDefinition(format.uuid, dropped, format.sourceDefinition)
    setDropped(null)
  }
  if (dropped !== null && edited !== null) setDropped(null)

  return (
    <div className="definition-actions">
      <PlatformSelect />
      <span className="spacer" />
      {dropped !== null && (
        <span className="reset-done" role="status">
          Reset to the {origin} definition.{' '}
          <button type="button" onClick={undo}>
            Undo
          </button>
        </span>
      )}
      <button
        type="button"
        disabled={edited === null}
        title={edited === null ? 'The definition is not edited' : undefined}
        onClick={reset}
      >
        Reset to {origin}
      </button>
      <button
        type="button"
        onClick={() =>
          downloadFile('parser.yml', edited ?? format.sourceDefinition, 'application/yaml')
        }
      >
        Export parser.yml
      </button>
    </div>
  )
}

/** On the Parser tab's label: whether the definition being edited compiles. */
export function DefinitionBadge() {
  const state = usePlayground((store) => store.format?.definitionState ?? 'ok')
  if (state === 'ok') return null
  return (
    <span
      className="tab-badge badge-fail"
      data-testid="definition-badge"
      title={NOTICE[state] ?? ''}
    >
      ✗ errors
    </span>
  )
}

/** The format's parser definition (ingest/parser.yml), edited live: every change is recompiled. */
export function ParserTab() {
  const format = usePlayground((state) => state.format)
  // The problem of parser.yml last clicked in the list; a new object at each click, so the editor
  // shows it again even when it is the same one.
  const [shownProblem, showProblem] = useState<Diagnostic | null>(null)
  if (!format) return <p className="placeholder">Loading the parser…</p>
  return (
    <section className="parser-tab" aria-label="Parser definition" data-testid="parser-tab">
      <header className="parser-tab-header">
        <RegressionSummary />
        <DefinitionActions format={format} />
        <DefinitionNotice format={format} onReveal={(problem) => showProblem({ ...problem })} />
      </header>
      <ParserTabEditor format={format} shownProblem={shownProblem} />
    </section>
  )
}

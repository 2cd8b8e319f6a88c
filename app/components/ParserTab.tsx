import { useState } from 'react'
import { PARSER_FILE } from '../../parser/format/index'
import { downloadFile } from '../share/download'
import { usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'
import type { FormatSummary } from '../worker/protocol'
import { ParserTabEditor } from './ParserTabEditor'
import { PlatformSelect } from './PlatformSelect'
import { RegressionSummary } from './RegressionSummary'

const NOTICE: Readonly<Record<FormatSummary['definitionState'], string | null>> = {
  ok: null,
  'broken-using-last-good': 'definition has errors — showing results of the last good definition',
  'broken-no-parser': 'definition has errors — no results until it compiles',
}

function DefinitionNotice({ format }: { format: FormatSummary }) {
  const notice = NOTICE[format.definitionState]
  const problems = format.diagnostics.filter((diagnostic) => diagnostic.file === PARSER_FILE)
  if (!notice && problems.length === 0) return null
  return (
    <div className="definition-notice" role="status" data-testid="definition-notice">
      {notice && <p className="definition-broken">{notice}</p>}
      <ul className="definition-problems">
        {problems.map((problem) => (
          <li
            key={`${problem.line}:${problem.column}:${problem.message}`}
            data-severity={problem.severity}
          >
            line {problem.line}:{problem.column} — {showHidden(problem.message)}
          </li>
        ))}
      </ul>
    </div>
  )
}

function DefinitionActions({ format }: { format: FormatSummary }) {
  const edited = usePlayground((state) => state.definitions[format.uuid] ?? null)
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
  if (!format) return <p className="placeholder">Loading the parser…</p>
  return (
    <section className="parser-tab" aria-label="Parser definition" data-testid="parser-tab">
      <header className="parser-tab-header">
        <RegressionSummary />
        <DefinitionActions format={format} />
        <DefinitionNotice format={format} />
      </header>
      <ParserTabEditor format={format} />
    </section>
  )
}

import Editor from '@monaco-editor/react'
import { usePlayground } from '../store/index'

const DEFINITION_MODEL_URI = 'inmemory://format/ingest/parser.yml'

/** The format's parser definition (ingest/parser.yml) in a YAML editor. */
export function ParserTab() {
  const definition = usePlayground((state) => state.format?.definition.text ?? null)
  if (definition === null) return <p className="placeholder">Loading the parser…</p>
  return (
    <section className="parser-tab" aria-label="Parser definition" data-testid="parser-tab">
      <div className="parser-editor">
        <Editor
          language="yaml"
          path={DEFINITION_MODEL_URI}
          value={definition}
          options={{
            ariaLabel: 'Parser definition (parser.yml)',
            automaticLayout: true,
            fontSize: 13,
            minimap: { enabled: false },
            readOnly: true,
            scrollBeyondLastLine: false,
          }}
        />
      </div>
    </section>
  )
}

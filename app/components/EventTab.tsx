import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useMemo, useRef, useState } from 'react'
import { fieldsFedBy } from '../captures/feeds'
import { monaco } from '../monaco/setup'
import { fieldAt, type JsonLayout, layoutJson } from '../output/jsonLayout'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { playgroundStore, usePlayground } from '../store/index'
import { markdownText } from '../text/markdownText'
import { showHidden } from '../text/showHidden'

const EVENT_MODEL_PATH = 'inmemory://playground/event.json'

export function EventTab() {
  const controller = useController()
  const current = useCurrentLine()
  const hoveredCapture = usePlayground((state) => state.hoveredCapture)
  const hoveredField = usePlayground((state) => state.hoveredField)
  const decorations = useRef<editor.IEditorDecorationsCollection | null>(null)
  const layoutRef = useRef<JsonLayout | null>(null)
  const [mounted, setMounted] = useState(false)

  const event = current.result?.result.event
  const layout = useMemo(() => (event ? layoutJson(event) : null), [event])
  layoutRef.current = layout
  const fieldSources = current.result?.result.trace.fieldSources

  useEffect(() => {
    if (layout) void controller.ensureDocs([...new Set(layout.fields.map((span) => span.field))])
  }, [controller, layout])

  // ECS descriptions on hover, for this editor's model only.
  useEffect(() => {
    const provider = monaco.languages.registerHoverProvider('json', {
      provideHover(model, position) {
        if (model.uri.toString() !== EVENT_MODEL_PATH || !layoutRef.current) return null
        const span = fieldAt(layoutRef.current, position.lineNumber, position.column)
        if (!span) return null
        const doc = playgroundStore.getState().docs[span.field]
        const contents = [
          {
            value: `**${markdownText(showHidden(span.field))}**${doc ? ` · \`${doc.type}\`` : ''}`,
          },
          { value: doc?.description || 'Not an ECS field, nor one of the format’s own fields.' },
        ]
        return { range: span.range, contents }
      },
    })
    return () => provider.dispose()
  }, [])

  useEffect(() => {
    if (!mounted || !layout) return
    const fed = new Set(
      hoveredCapture && fieldSources ? fieldsFedBy(fieldSources, hoveredCapture) : [],
    )
    decorations.current?.set(
      layout.fields
        .filter((span) => fed.has(span.field) || span.field === hoveredField)
        .map((span) => ({
          range: span.range,
          options: {
            inlineClassName: fed.has(span.field) ? 'fed-field-highlight' : 'hovered-field',
          },
        })),
    )
  }, [mounted, layout, hoveredCapture, hoveredField, fieldSources])

  const onMount = (instance: editor.IStandaloneCodeEditor) => {
    decorations.current = instance.createDecorationsCollection()
    const point = (line: number, column: number) => {
      const layoutNow = layoutRef.current
      const field = layoutNow ? (fieldAt(layoutNow, line, column)?.field ?? null) : null
      if (playgroundStore.getState().hoveredField !== field) {
        playgroundStore.getState().setHoveredField(field)
      }
    }
    instance.onMouseMove((event) => {
      const position = event.target.position
      if (position) point(position.lineNumber, position.column)
    })
    instance.onMouseLeave(() => playgroundStore.getState().setHoveredField(null))
    // Keyboard users move the cursor through the JSON: the field under it counts as focused.
    instance.onDidChangeCursorPosition((event) => {
      if (instance.hasTextFocus()) point(event.position.lineNumber, event.position.column)
    })
    setMounted(true)
  }

  if (!current.result) {
    return <p className="placeholder">{current.text === null ? 'No line.' : 'Parsing…'}</p>
  }
  return (
    <div className="event-tab" data-testid="event-editor">
      <Editor
        path={EVENT_MODEL_PATH}
        language="json"
        value={layout?.text ?? ''}
        onMount={onMount}
        options={{
          readOnly: true,
          ariaLabel: 'The ECS event of the cursor line',
          automaticLayout: true,
          fontSize: 13,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          folding: true,
          lineNumbers: 'off',
        }}
      />
    </div>
  )
}

import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useRef, useState } from 'react'
import type { Diagnostic } from '../../parser/types'
import { definitionMarks, matchedRule } from '../formats/definitionMarks'
import { parserModelUri, registerParserYamlFeatures } from '../monaco/parserYaml/index'
import { monaco } from '../monaco/setup'
import type { PlaygroundController } from '../results/controller'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { editOf } from '../store/formatSource'
import { playgroundStore, usePlayground } from '../store/index'
import type { FormatSummary } from '../worker/protocol'

const MARKER_OWNER = 'parser-definition'

// Monaco's providers are global: registered once for the page, whichever editor mounts first.
let featuresRegistered = false
function registerFeaturesOnce(controller: PlaygroundController): void {
  if (featuresRegistered) return
  featuresRegistered = true
  registerParserYamlFeatures(
    monaco,
    () => controller.grokLibrary(),
    () => controller.templateNames(),
  )
}

/**
 * parser.yml in Monaco. Each edit goes to the store (kept, and recompiled by the controller at a
 * pause); a change from elsewhere (reset, another format) is applied as an edit, so Undo takes it back.
 * `shownProblem`: a problem of parser.yml the user asked to see: the cursor is put where it starts.
 */
export function ParserTabEditor({
  format,
  shownProblem,
}: {
  format: FormatSummary
  shownProblem: Diagnostic | null
}) {
  const controller = useController()
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const ruleMark = useRef<editor.IEditorDecorationsCollection | null>(null)
  const applying = useRef(false)
  // The log line and rule last highlighted: the editor scrolls when the user moves to another line
  // or rule, not when the tab opens (it shows the file from the top) nor on a mere recompile.
  const revealed = useRef<string | null>(null)
  const [mounted, setMounted] = useState(false)
  // The text the editor should hold: the user's edit of the format, else the format's own.
  const wanted = usePlayground((state) => editOf(state, format.uuid)) ?? format.sourceDefinition
  const current = useCurrentLine()
  const rule = matchedRule(format, current.result?.result.trace.rule ?? null)

  const onMount = (instance: editor.IStandaloneCodeEditor) => {
    editorRef.current = instance
    ruleMark.current = instance.createDecorationsCollection()
    registerFeaturesOnce(controller)
    setMounted(true)
  }

  const onChange = (text: string | undefined) => {
    if (applying.current || text === undefined) return
    const { format: loaded, setDefinition } = playgroundStore.getState()
    if (loaded) setDefinition(loaded.uuid, text, loaded.sourceDefinition)
  }

  // Typing keeps the store equal to the editor, so a difference is a change from elsewhere.
  useEffect(() => {
    const instance = editorRef.current
    const model = instance?.getModel()
    if (!mounted || !instance || !model || model.getValue() === wanted) return
    applying.current = true
    instance.pushUndoStop()
    instance.executeEdits('playground', [{ range: model.getFullModelRange(), text: wanted }])
    instance.pushUndoStop()
    applying.current = false
  }, [mounted, wanted])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!mounted || !model) return
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning }
    const marks = definitionMarks(format.diagnostics).map((mark) => ({
      ...mark,
      severity: severity[mark.severity],
    }))
    monaco.editor.setModelMarkers(model, MARKER_OWNER, marks)
  }, [mounted, format])

  useEffect(() => {
    const instance = editorRef.current
    if (!mounted || !instance || !shownProblem) return
    const position = { lineNumber: shownProblem.line, column: shownProblem.column }
    instance.setPosition(position)
    instance.revealPositionInCenterIfOutsideViewport(position)
    instance.focus()
  }, [mounted, shownProblem])

  useEffect(() => {
    if (!mounted) return
    ruleMark.current?.set(
      rule
        ? [
            {
              range: {
                startLineNumber: rule.line,
                startColumn: 1,
                endLineNumber: rule.line,
                endColumn: 1,
              },
              options: {
                isWholeLine: true,
                className: 'matched-rule-line',
                linesDecorationsClassName: 'matched-rule-mark',
                hoverMessage: { value: `Rule \`${rule.name}\` matched line ${current.line}` },
              },
            },
          ]
        : [],
    )
    if (!rule) return
    const shown = `${current.line}:${rule.name}`
    if (revealed.current !== null && shown !== revealed.current) {
      editorRef.current?.revealLineInCenterIfOutsideViewport(rule.line)
    }
    revealed.current = shown
  }, [mounted, rule, current.line])

  return (
    <div
      className="parser-editor"
      data-testid="parser-editor"
      data-matched-rule={rule ? `${rule.name}@${rule.line}` : ''}
    >
      <Editor
        language="yaml"
        path={parserModelUri(format.slug || format.uuid)}
        defaultValue={wanted}
        onMount={onMount}
        onChange={onChange}
        options={{
          ariaLabel: 'Parser definition (parser.yml)',
          automaticLayout: true,
          fontSize: 13,
          glyphMargin: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          tabSize: 2,
        }}
      />
    </div>
  )
}

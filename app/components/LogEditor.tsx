import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Capture } from '../../parser/types'
import { sameCapture } from '../captures/feeds'
import {
  captureDecorations,
  describeRanges,
  ruleBadges,
  sourceHighlights,
} from '../editor/decorations'
import { nextUnmatchedLine } from '../editor/navigation'
import { monaco } from '../monaco/setup'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { playgroundStore, usePlayground } from '../store/index'

interface Collections {
  badges: editor.IEditorDecorationsCollection
  captures: editor.IEditorDecorationsCollection
  sources: editor.IEditorDecorationsCollection
  pin: editor.IEditorDecorationsCollection
}

function captureAt(captures: readonly Capture[], column: number): Capture | null {
  const offset = column - 1
  // The innermost capture: nested groups (a header inside a rule) are shorter.
  let found: Capture | null = null
  for (const capture of captures) {
    if (offset < capture.start || offset >= capture.end) continue
    if (!found || capture.end - capture.start < found.end - found.start) found = capture
  }
  return found
}

export function LogEditor() {
  const controller = useController()
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const collections = useRef<Collections | null>(null)
  // Set while the store's text is written into the editor, so that edit is not echoed back.
  const applyingStoreText = useRef(false)
  const [mounted, setMounted] = useState(false)
  const [sourceRanges, setSourceRanges] = useState('')

  const text = usePlayground((state) => state.text)
  const byText = usePlayground((state) => state.byText)
  const failures = usePlayground((state) => state.failures)
  const hoveredField = usePlayground((state) => state.hoveredField)
  const hoveredCapture = usePlayground((state) => state.hoveredCapture)
  const pin = usePlayground((state) => state.pin)
  const reveal = usePlayground((state) => state.reveal)
  const current = useCurrentLine()
  const captures = current.result?.result.trace.captures
  const fieldSources = current.result?.result.trace.fieldSources

  const onMount = (instance: editor.IStandaloneCodeEditor) => {
    editorRef.current = instance
    collections.current = {
      badges: instance.createDecorationsCollection(),
      captures: instance.createDecorationsCollection(),
      sources: instance.createDecorationsCollection(),
      pin: instance.createDecorationsCollection(),
    }
    const reportVisible = () => {
      const range = instance.getVisibleRanges()[0]
      if (range) {
        controller.setVisibleLines({ from: range.startLineNumber - 1, to: range.endLineNumber })
      }
    }
    instance.onDidChangeModelContent(() => {
      if (applyingStoreText.current) return
      const state = playgroundStore.getState()
      state.setText(instance.getValue())
      if (state.pin) {
        // The pin covers its line's text: it moves with the line, and goes when the text is
        // replaced as a whole (its range collapses), e.g. by select-all and paste.
        const pinned = collections.current?.pin.getRanges()[0]
        state.movePin(pinned && !pinned.isEmpty() ? pinned.startLineNumber : null)
      }
    })
    instance.onDidChangeCursorPosition((event) => {
      playgroundStore.getState().setCursorLine(event.position.lineNumber)
    })
    instance.onDidScrollChange(reportVisible)
    instance.onMouseMove((event) => {
      const position = event.target.position
      const state = playgroundStore.getState()
      const lineText = position
        ? instance.getModel()?.getLineContent(position.lineNumber)
        : undefined
      const result = lineText === undefined ? undefined : state.byText.get(lineText)
      const capture =
        position && position.lineNumber === state.cursorLine && result
          ? captureAt(result.result.trace.captures, position.column)
          : null
      const previous = state.hoveredCapture
      if (capture === previous || (capture && previous && sameCapture(capture, previous))) return
      state.setHoveredCapture(capture)
    })
    instance.onMouseLeave(() => playgroundStore.getState().setHoveredCapture(null))
    const jumpToUnmatched = (direction: 1 | -1) => {
      const model = instance.getModel()
      const position = instance.getPosition()
      if (!model || !position) return
      const state = playgroundStore.getState()
      const line = nextUnmatchedLine(
        model.getLinesContent(),
        state.byText,
        position.lineNumber,
        direction,
      )
      if (line === null) return
      instance.setPosition({ lineNumber: line, column: 1 })
      instance.revealLineInCenterIfOutsideViewport(line)
    }
    instance.addAction({
      id: 'playground.nextUnmatchedLine',
      label: 'Go to the next line no rule matched',
      keybindings: [monaco.KeyCode.F8],
      run: () => jumpToUnmatched(1),
    })
    instance.addAction({
      id: 'playground.previousUnmatchedLine',
      label: 'Go to the previous line no rule matched',
      keybindings: [monaco.KeyMod.Shift | monaco.KeyCode.F8],
      run: () => jumpToUnmatched(-1),
    })
    reportVisible()
    setMounted(true)
  }

  // The store is the source of truth; the editor follows it when something else changed it.
  useEffect(() => {
    const instance = editorRef.current
    const model = instance?.getModel()
    if (!mounted || !instance || !model || text === null || model.getValue() === text) return
    applyingStoreText.current = true
    instance.executeEdits('playground', [{ range: model.getFullModelRange(), text }])
    instance.pushUndoStop()
    applyingStoreText.current = false
  }, [mounted, text])

  const lines = useMemo(() => (text === null ? [] : text.split('\n')), [text])
  useEffect(() => {
    if (mounted) collections.current?.badges.set(ruleBadges(lines, byText, failures))
  }, [mounted, byText, failures, lines])

  useEffect(() => {
    if (!mounted) return
    collections.current?.captures.set(
      captureDecorations(current.line, captures ?? [], hoveredCapture),
    )
  }, [mounted, current.line, captures, hoveredCapture])

  useEffect(() => {
    if (!mounted) return
    const sources = hoveredField && fieldSources ? (fieldSources[hoveredField] ?? []) : []
    const decorations = sourceHighlights(current.line, sources)
    collections.current?.sources.set(decorations)
    setSourceRanges(describeRanges(decorations.map((decoration) => decoration.range)))
  }, [mounted, current.line, hoveredField, fieldSources])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!mounted || !model) return
    collections.current?.pin.set(
      pin && pin.line <= model.getLineCount()
        ? [
            {
              range: {
                startLineNumber: pin.line,
                startColumn: 1,
                endLineNumber: pin.line,
                endColumn: model.getLineMaxColumn(pin.line),
              },
              options: {
                isWholeLine: true,
                className: 'pinned-sample-line',
                linesDecorationsClassName: 'pinned-sample-mark',
                hoverMessage: { value: `Compared with sample \`${pin.sample}\`` },
              },
            },
          ]
        : [],
    )
  }, [mounted, pin])

  useEffect(() => {
    const instance = editorRef.current
    const model = instance?.getModel()
    if (!mounted || !instance || !model || !reveal || reveal.line > model.getLineCount()) return
    // The whole line is selected with the cursor at its start, so long lines do not scroll away.
    instance.setSelection({
      selectionStartLineNumber: reveal.line,
      selectionStartColumn: model.getLineMaxColumn(reveal.line),
      positionLineNumber: reveal.line,
      positionColumn: 1,
    })
    instance.revealLineInCenter(reveal.line)
  }, [mounted, reveal])

  return (
    <section
      className="log-editor"
      aria-label="Log lines"
      data-testid="log-editor"
      data-field-source={sourceRanges}
    >
      <Editor
        defaultLanguage="plaintext"
        defaultValue={text ?? ''}
        onMount={onMount}
        options={{
          ariaLabel: 'Log lines, one message per line',
          automaticLayout: true,
          fontSize: 13,
          glyphMargin: true,
          minimap: { enabled: false },
          // Log lines are data, not code: completion popups would only get in the way.
          quickSuggestions: false,
          suggestOnTriggerCharacters: false,
          wordBasedSuggestions: 'off',
          renderWhitespace: 'boundary',
          scrollBeyondLastLine: false,
          wordWrap: 'off',
        }}
      />
    </section>
  )
}

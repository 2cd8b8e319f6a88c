import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useRef, useState } from 'react'
import {
  captureDecorations,
  describeRanges,
  ruleBadges,
  sourceHighlights,
} from '../editor/decorations'
import { addUnmatchedLineNavigation, trackCaptureHover } from '../editor/interactions'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { playgroundStore, usePlayground } from '../store/index'

interface Collections {
  badges: editor.IEditorDecorationsCollection
  captures: editor.IEditorDecorationsCollection
  sources: editor.IEditorDecorationsCollection
  pin: editor.IEditorDecorationsCollection
}

const BADGE_REDRAW_PAUSE_MS = 120

export function LogEditor() {
  const controller = useController()
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const collections = useRef<Collections | null>(null)
  // Set while the store's text is written into the editor, so that edit is not echoed back.
  const applyingStoreText = useRef(false)
  const badgeRedraw = useRef<ReturnType<typeof setTimeout> | null>(null)
  const [mounted, setMounted] = useState(false)
  const [sourceRanges, setSourceRanges] = useState('')

  const initialText = useRef(playgroundStore.getState().text ?? '')
  const externalEdits = usePlayground((state) => state.externalEdits)
  const appliedEdits = useRef(-1)
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
    const redrawBadges = () => {
      const { byText, failures } = playgroundStore.getState()
      const model = instance.getModel()
      if (model)
        collections.current?.badges.set(ruleBadges(model.getLinesContent(), byText, failures))
    }
    instance.onDidChangeModelContent((event) => {
      if (badgeRedraw.current !== null) clearTimeout(badgeRedraw.current)
      badgeRedraw.current = null
      // Typing within a line leaves every badge where it belongs (Monaco carries them along), so
      // they are redrawn at a pause: redrawing 2,000 costs more than a keystroke. Edits across
      // lines (paste, delete) would pile the old badges up, so those redraw at once.
      const acrossLines = event.changes.some(
        (change) =>
          change.range.startLineNumber !== change.range.endLineNumber || change.text.includes('\n'),
      )
      if (acrossLines) {
        redrawBadges()
      } else {
        badgeRedraw.current = setTimeout(() => {
          badgeRedraw.current = null
          redrawBadges()
        }, BADGE_REDRAW_PAUSE_MS)
      }
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
    trackCaptureHover(instance)
    addUnmatchedLineNavigation(instance)
    reportVisible()
    setMounted(true)
  }

  // The editor follows the store's text when something else changed it (and once mounted).
  useEffect(() => {
    const instance = editorRef.current
    const model = instance?.getModel()
    if (!mounted || !instance || !model || appliedEdits.current === externalEdits) return
    appliedEdits.current = externalEdits
    const { text } = playgroundStore.getState()
    if (text === null || model.getValue() === text) return
    applyingStoreText.current = true
    instance.executeEdits('playground', [{ range: model.getFullModelRange(), text }])
    instance.pushUndoStop()
    applyingStoreText.current = false
  }, [mounted, externalEdits])

  // New results redraw the badges at once, unless the user is typing: then the pending redraw
  // (at the next pause) will pick them up.
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!mounted || !model || badgeRedraw.current !== null) return
    collections.current?.badges.set(ruleBadges(model.getLinesContent(), byText, failures))
  }, [mounted, byText, failures])

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
        defaultValue={initialText.current}
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

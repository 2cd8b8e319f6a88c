// Pointer and keyboard behaviour of the log editor that goes beyond typing.
import type { editor } from 'monaco-editor'
import { captureAt } from '../captures/captureAt'
import { sameCapture } from '../captures/feeds'
import { monaco } from '../monaco/setup'
import { playgroundStore } from '../store/index'
import { nextUnmatchedLine } from './navigation'

/** Pointing at a capture of the cursor line makes it the hovered capture (the output shows what it feeds). */
export function trackCaptureHover(instance: editor.IStandaloneCodeEditor): void {
  instance.onMouseMove((event) => {
    const position = event.target.position
    const state = playgroundStore.getState()
    const lineText = position ? instance.getModel()?.getLineContent(position.lineNumber) : undefined
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
}

/** F8 / Shift+F8: the next / previous line no rule matched. */
export function addUnmatchedLineNavigation(instance: editor.IStandaloneCodeEditor): void {
  const jump = (direction: 1 | -1) => {
    const model = instance.getModel()
    const position = instance.getPosition()
    if (!model || !position) return
    const { byText } = playgroundStore.getState()
    const line = nextUnmatchedLine(model.getLinesContent(), byText, position.lineNumber, direction)
    if (line === null) return
    instance.setPosition({ lineNumber: line, column: 1 })
    instance.revealLineInCenterIfOutsideViewport(line)
  }
  instance.addAction({
    id: 'playground.nextUnmatchedLine',
    label: 'Go to the next line no rule matched',
    keybindings: [monaco.KeyCode.F8],
    run: () => jump(1),
  })
  instance.addAction({
    id: 'playground.previousUnmatchedLine',
    label: 'Go to the previous line no rule matched',
    keybindings: [monaco.KeyMod.Shift | monaco.KeyCode.F8],
    run: () => jump(-1),
  })
}

// Decorations of the log editor, as plain data: which rule each line matched, the captures of the
// cursor line, and the characters an output field came from.
import type { editor, IRange } from 'monaco-editor'
import type { Capture } from '../../parser/types'
import { sameCapture } from '../captures/feeds'
import { captureClass } from '../captures/palette'
import type { LineResult } from '../worker/protocol'

/** Class of the characters the hovered output field was computed from; the e2e asserts on it. */
export const FIELD_SOURCE_CLASS = 'field-source-highlight'
export const NO_RULE_TEXT = 'no rule matched'

// Badges sit on an empty range at the end of the line; Monaco drops injected text on empty ranges
// unless the decoration says `showIfCollapsed`.
function endOfLine(line: number, text: string): IRange {
  const column = text.length + 1
  return { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }
}

function failureBadge(line: number, text: string, reason: string): editor.IModelDeltaDecoration {
  return {
    range: endOfLine(line, text),
    options: {
      showIfCollapsed: true,
      glyphMarginClassName: 'glyph-rule-none',
      glyphMarginHoverMessage: { value: reason },
      after: {
        content: '  ⚠ not parsed',
        inlineClassName: 'rule-badge rule-badge-failed',
      },
    },
  }
}

/** One badge per parsed, non-empty line: the rule's name after the text and a mark in the gutter. */
export function ruleBadges(
  lines: readonly string[],
  results: ReadonlyMap<string, LineResult>,
  failures: ReadonlyMap<string, string>,
): editor.IModelDeltaDecoration[] {
  const decorations: editor.IModelDeltaDecoration[] = []
  lines.forEach((text, index) => {
    if (text.trim() === '') return
    const failure = failures.get(text)
    if (failure !== undefined) decorations.push(failureBadge(index + 1, text, failure))
    const result = results.get(text)
    if (!result) return
    const rule = result.result.trace.rule
    decorations.push({
      range: endOfLine(index + 1, text),
      options: {
        showIfCollapsed: true,
        glyphMarginClassName: rule ? 'glyph-rule-matched' : 'glyph-rule-none',
        glyphMarginHoverMessage: { value: rule ? `Matched by rule \`${rule}\`` : NO_RULE_TEXT },
        after: {
          content: rule ? `  ⟵ ${rule}` : `  ✗ ${NO_RULE_TEXT}`,
          inlineClassName: rule ? 'rule-badge rule-badge-matched' : 'rule-badge rule-badge-none',
        },
      },
    })
  })
  return decorations
}

function captureRange(line: number, capture: Capture): IRange {
  return {
    startLineNumber: line,
    startColumn: capture.start + 1,
    endLineNumber: line,
    endColumn: capture.end + 1,
  }
}

/** The cursor line's captures, one colour per field; the hovered one is outlined too. */
export function captureDecorations(
  line: number,
  captures: readonly Capture[],
  hovered: Capture | null,
): editor.IModelDeltaDecoration[] {
  return captures
    .filter((capture) => capture.end > capture.start)
    .map((capture) => ({
      range: captureRange(line, capture),
      options: {
        inlineClassName: `${captureClass(capture.field)}${hovered && sameCapture(hovered, capture) ? ' capture-hovered' : ''}`,
        hoverMessage: { value: `capture \`${capture.field}\`` },
      },
    }))
}

/** The characters of the raw line the hovered output field came from. */
export function sourceHighlights(
  line: number,
  sources: readonly Capture[],
): editor.IModelDeltaDecoration[] {
  return sources
    .filter((capture) => capture.end > capture.start)
    .map((capture) => ({
      range: captureRange(line, capture),
      options: { inlineClassName: FIELD_SOURCE_CLASS, zIndex: 10 },
    }))
}

/** "line:startColumn-endColumn" for each range, as the editor exposes them to tests and tools. */
export function describeRanges(ranges: readonly IRange[]): string {
  return ranges
    .map((range) => `${range.startLineNumber}:${range.startColumn}-${range.endColumn}`)
    .join(' ')
}

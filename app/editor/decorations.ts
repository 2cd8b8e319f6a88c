// Decorations of the log editor, as plain data: which rule each line matched, the captures of the
// cursor line, and the characters an output field came from.
import type { editor, IRange } from 'monaco-editor'
import type { Capture, Trace } from '../../parser/types'
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

/**
 * The framing part of a line's badge: the header kind a framed line was read with, or a warning
 * for a line whose header looked framed but was not, with the reason for its tooltip.
 */
export function framingBadge(trace: Trace): { label: string; diagnostic: string | null } {
  const framing = trace.framing
  if (framing?.diagnostic !== undefined)
    return { label: '⚠ bare · ', diagnostic: `Header not recognised: ${framing.diagnostic}` }
  if (framing === undefined || framing.kind === 'bare') return { label: '', diagnostic: null }
  return { label: `${framing.kind} · `, diagnostic: null }
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
    const { trace } = result.result
    const rule = trace.rule
    const framing = framingBadge(trace)
    const outcome = rule ? `Matched by rule \`${rule}\`` : NO_RULE_TEXT
    decorations.push({
      range: endOfLine(index + 1, text),
      options: {
        showIfCollapsed: true,
        glyphMarginClassName: rule ? 'glyph-rule-matched' : 'glyph-rule-none',
        glyphMarginHoverMessage: {
          value: framing.diagnostic ? `${outcome}\n\n${framing.diagnostic}` : outcome,
        },
        after: {
          content: `  ${rule ? '⟵' : '✗'} ${framing.label}${rule ?? NO_RULE_TEXT}`,
          inlineClassName: rule ? 'rule-badge rule-badge-matched' : 'rule-badge rule-badge-none',
        },
      },
    })
    // Injected text takes no hover of its own: the reason shows over the line it concerns.
    if (framing.diagnostic)
      decorations.push({
        range: { ...endOfLine(index + 1, text), startColumn: 1 },
        options: { hoverMessage: { value: framing.diagnostic } },
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

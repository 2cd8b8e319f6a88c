// Where each character of a YAML scalar's value was written in the file. Errors found inside a
// template or a grok pattern come as offsets into the value; the user needs them at the
// line:column of the text they typed, through quotes, escapes, indentation and line folding.

export type ScalarStyle =
  | 'PLAIN'
  | 'QUOTE_SINGLE'
  | 'QUOTE_DOUBLE'
  | 'BLOCK_LITERAL'
  | 'BLOCK_FOLDED'

interface Line {
  start: number
  end: number
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  let start = from
  while (start <= to) {
    const newline = text.indexOf('\n', start)
    const stop = newline === -1 || newline > to ? to : newline
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop
    lines.push({ start, end })
    if (stop === to) break
    start = stop + 1
  }
  return lines
}

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t'

function trimLine(text: string, line: Line, keepStart: boolean, keepEnd: boolean): Line {
  let { start, end } = line
  if (!keepStart) while (start < end && isBlank(text[start])) start++
  if (!keepEnd) while (end > start && isBlank(text[end - 1])) end--
  return { start, end }
}

/** Source offsets of the characters one double-quoted escape sequence produces (approximate for `\U`). */
function escapeWidth(text: string, at: number): { produced: number; consumed: number } {
  const kind = text[at + 1]
  if (kind === 'x') return { produced: 1, consumed: 4 }
  if (kind === 'u') return { produced: 1, consumed: 6 }
  if (kind === 'U') {
    const codePoint = Number.parseInt(text.slice(at + 2, at + 10), 16)
    return { produced: codePoint > 0xffff ? 2 : 1, consumed: 10 }
  }
  return { produced: 1, consumed: 2 }
}

// Plain and quoted scalars fold line breaks: one break becomes a space, n empty lines become n
// newlines, and the blanks around breaks vanish. For double-quoted scalars the mapping of escapes
// is exact except `\U` outside the BMP and an escaped line break followed by blank lines, where
// it stays on the right line but may drift by a column: good enough to point at an error.
function flowOffsets(text: string, style: ScalarStyle, start: number, valueEnd: number): number[] {
  const quoted = style !== 'PLAIN'
  const from = quoted ? start + 1 : start
  const to = quoted ? Math.max(from, valueEnd - 1) : valueEnd
  const lines = splitLines(text, from, to)
  const offsets: number[] = []
  let pendingEmpty: number[] = []
  let previousEnd = -1
  let joinWithoutSpace = false
  lines.forEach((line, index) => {
    const first = index === 0
    const last = index === lines.length - 1
    const content = trimLine(text, line, first, last && quoted)
    const empty = content.start === content.end && !first && !last
    if (empty) {
      pendingEmpty.push(line.start)
      return
    }
    if (!first) {
      if (pendingEmpty.length > 0) offsets.push(...pendingEmpty)
      else if (!joinWithoutSpace) offsets.push(previousEnd)
    }
    pendingEmpty = []
    joinWithoutSpace = false
    let at = content.start
    while (at < content.end) {
      if (style === 'QUOTE_SINGLE' && text[at] === "'" && text[at + 1] === "'") {
        offsets.push(at)
        at += 2
      } else if (style === 'QUOTE_DOUBLE' && text[at] === '\\') {
        if (at + 1 >= content.end) {
          joinWithoutSpace = true
          at++
          continue
        }
        const { produced, consumed } = escapeWidth(text, at)
        for (let i = 0; i < produced; i++) offsets.push(at)
        at += consumed
      } else {
        offsets.push(at)
        at++
      }
    }
    previousEnd = content.end
  })
  offsets.push(to)
  return offsets
}

// An explicit indentation indicator (`|2`) counts from the indentation of the line that holds
// the header; without one, the first non-empty line sets the indentation.
function blockIndent(text: string, lines: Line[], start: number, headerEnd: number): number {
  const indicator = /[1-9]/.exec(text.slice(start, headerEnd))
  if (indicator) {
    const lineStart = text.lastIndexOf('\n', start) + 1
    const lineIndent =
      trimLine(text, { start: lineStart, end: start }, false, true).start - lineStart
    return lineIndent + Number(indicator[0])
  }
  const firstContent = lines.find((line) => trimLine(text, line, false, false).start < line.end)
  return firstContent ? trimLine(text, firstContent, false, true).start - firstContent.start : 0
}

function blockOffsets(text: string, style: ScalarStyle, start: number, valueEnd: number): number[] {
  const headerEnd = text.indexOf('\n', start)
  if (headerEnd === -1 || headerEnd >= valueEnd) return [valueEnd]
  const lines = splitLines(text, headerEnd + 1, valueEnd)
  const indent = blockIndent(text, lines, start, headerEnd)
  const offsets: number[] = []
  lines.forEach((line, index) => {
    const contentStart = Math.min(line.start + indent, line.end)
    const empty = contentStart === line.end
    for (let at = contentStart; at < line.end; at++) offsets.push(at)
    if (style === 'BLOCK_LITERAL' || empty) {
      offsets.push(line.end)
      return
    }
    const next = lines[index + 1]
    if (!next) {
      offsets.push(line.end)
      return
    }
    // A break between two lines at the base indentation folds: into a space, or into nothing
    // when empty lines follow (they give the newlines). Breaks next to more-indented lines stay.
    const nextText = lines.slice(index + 1).find((later) => later.start + indent < later.end)
    const moreIndented =
      isBlank(text[contentStart]) ||
      (nextText !== undefined && isBlank(text[nextText.start + indent]))
    const nextEmpty = Math.min(next.start + indent, next.end) === next.end
    if (nextEmpty && !moreIndented) return
    offsets.push(line.end)
  })
  offsets.push(valueEnd)
  return offsets
}

/**
 * For a scalar written between `start` and `valueEnd` in `text`, the source offset of each
 * offset of its value (the array is indexed by value offset; one past the end maps to the end).
 */
export function scalarOffsets(
  text: string,
  style: ScalarStyle,
  start: number,
  valueEnd: number,
): number[] {
  return style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED'
    ? blockOffsets(text, style, start, valueEnd)
    : flowOffsets(text, style, start, valueEnd)
}

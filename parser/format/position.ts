import type { Diagnostic, DiagnosticCode } from '../types'

/** 1-based line and column of a UTF-16 offset, the convention of editors and of our diagnostics. */
export interface Position {
  line: number
  column: number
}

/** Line starts of a text, so offsets become positions in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1)
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] ?? 0) <= clamped) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: clamped - (this.starts[low] ?? 0) + 1 }
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)] ?? 0
    return Math.min(start + Math.max(0, column - 1), this.text.length)
  }
}

/** A text file the diagnostics point into. */
export interface SourceFile {
  readonly file: string
  readonly lines: LineIndex
}

export function sourceFile(file: string, text: string): SourceFile {
  return { file, lines: new LineIndex(text) }
}

export function diagnosticAt(
  source: SourceFile,
  start: number,
  end: number,
  code: DiagnosticCode,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  const from = source.lines.position(start)
  const to = source.lines.position(Math.max(start, end))
  return {
    severity,
    code,
    file: source.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    message,
  }
}

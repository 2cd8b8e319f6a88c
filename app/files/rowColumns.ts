import {
  type FileRow,
  type ProbePoint,
  ROW_KINDS,
  type RowColumns,
} from '../worker/fileRunProtocol'

/** A row keeps the head of its line, for the list and its text filter. */
const EXCERPT_LENGTH = 160

export const excerptOf = (text: string): string =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text

/** Packs rows into columns (see RowColumns), in the order they are added. */
export class RowColumnsBuilder {
  private readonly lines: number[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly kinds: number[] = []
  private readonly rules: number[] = []
  private readonly ruleIndex = new Map<string, number>()
  private readonly excerpts: string[] = []
  private readonly excerptEnds: number[] = []
  private readonly fields: string[] = []
  private readonly fieldEnds: number[] = []
  private excerptLength = 0
  private fieldLength = 0

  get count(): number {
    return this.lines.length
  }

  add(row: FileRow): void {
    this.lines.push(row.line)
    this.starts.push(row.start)
    this.ends.push(row.end)
    this.kinds.push(ROW_KINDS.indexOf(row.outcome.kind))
    const rule = row.outcome.kind === 'parsed' ? row.outcome.rule : null
    let index = -1
    if (rule !== null) {
      index = this.ruleIndex.get(rule) ?? this.ruleIndex.size
      this.ruleIndex.set(rule, index)
    }
    this.rules.push(index)
    this.excerpts.push(row.excerpt)
    this.excerptLength += row.excerpt.length
    this.excerptEnds.push(this.excerptLength)
    this.fields.push(row.fields)
    this.fieldLength += row.fields.length
    this.fieldEnds.push(this.fieldLength)
  }

  build(): RowColumns {
    return {
      lines: Int32Array.from(this.lines),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
      kinds: Uint8Array.from(this.kinds),
      rules: Int32Array.from(this.rules),
      ruleNames: [...this.ruleIndex.keys()],
      excerpts: this.excerpts.join(''),
      excerptEnds: Int32Array.from(this.excerptEnds),
      fields: this.fields.join(''),
      fieldEnds: Int32Array.from(this.fieldEnds),
    }
  }
}

const part = (text: string, ends: Int32Array, at: number): string =>
  text.slice(at === 0 ? 0 : (ends[at - 1] ?? 0), ends[at] ?? 0)

/** The rule of row `at`: its name, or null when it matched none or was not parsed. */
export function ruleAt(columns: RowColumns, at: number): string | null {
  return columns.ruleNames[columns.rules[at] ?? -1] ?? null
}

/** Row `at` of `columns` as a FileRow; `where` is a timed-out row's probe, kept apart. */
export function rowAt(columns: RowColumns, at: number, where: ProbePoint | null = null): FileRow {
  const start = columns.starts[at] ?? 0
  const end = columns.ends[at] ?? 0
  const kind = ROW_KINDS[columns.kinds[at] ?? 0] ?? 'parsed'
  const outcome: FileRow['outcome'] =
    kind === 'parsed'
      ? { kind, rule: ruleAt(columns, at) }
      : kind === 'timedOut'
        ? { kind, where }
        : { kind, bytes: end - start }
  return {
    line: columns.lines[at] ?? 0,
    start,
    end,
    outcome,
    fields: part(columns.fields, columns.fieldEnds, at),
    excerpt: part(columns.excerpts, columns.excerptEnds, at),
  }
}

/** The head of row `at`'s line and its key fields, as the list's text filter searches them. */
export function searchTextAt(columns: RowColumns, at: number): string {
  return `${part(columns.excerpts, columns.excerptEnds, at)}\n${part(columns.fields, columns.fieldEnds, at)}`
}

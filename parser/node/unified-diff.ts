// A line diff in the unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@`), for the CLI's test
// failures. The texts are JSON events of a few dozen lines, so the longest common subsequence is
// computed by the plain quadratic table.

type Edit = { kind: ' ' | '-' | '+'; line: string }

function edits(before: readonly string[], after: readonly string[]): Edit[] {
  const rows = before.length + 1
  const columns = after.length + 1
  const common = new Uint32Array(rows * columns)
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i * columns + j] =
        before[i] === after[j]
          ? (common[(i + 1) * columns + j + 1] ?? 0) + 1
          : Math.max(common[(i + 1) * columns + j] ?? 0, common[i * columns + j + 1] ?? 0)
    }
  }
  const result: Edit[] = []
  let i = 0
  let j = 0
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      result.push({ kind: ' ', line: before[i++] ?? '' })
      j++
    } else if (
      j >= after.length ||
      (i < before.length &&
        (common[(i + 1) * columns + j] ?? 0) >= (common[i * columns + j + 1] ?? 0))
    ) {
      result.push({ kind: '-', line: before[i++] ?? '' })
    } else {
      result.push({ kind: '+', line: after[j++] ?? '' })
    }
  }
  return result
}

export interface DiffStyle {
  removed(text: string): string
  added(text: string): string
  hunk(text: string): string
}

export const PLAIN: DiffStyle = {
  removed: (text) => text,
  added: (text) => text,
  hunk: (text) => text,
}

/** The unified diff of two texts with `context` unchanged lines around changes; '' when equal. */
export function unifiedDiff(
  before: string,
  after: string,
  labels: { before: string; after: string },
  style: DiffStyle = PLAIN,
  context = 3,
): string {
  const all = edits(before.split('\n'), after.split('\n'))
  const changed = all.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]))
  if (changed.length === 0) return ''
  const out = [style.removed(`--- ${labels.before}`), style.added(`+++ ${labels.after}`)]
  let next = 0
  while (next < changed.length) {
    const first = changed[next] ?? 0
    let last = first
    while (next < changed.length && (changed[next] ?? 0) <= last + 2 * context)
      last = changed[next++] ?? last
    const from = Math.max(0, first - context)
    const to = Math.min(all.length, last + context + 1)
    const beforeStart = all.slice(0, from).filter((edit) => edit.kind !== '+').length
    const afterStart = all.slice(0, from).filter((edit) => edit.kind !== '-').length
    const hunk = all.slice(from, to)
    const beforeCount = hunk.filter((edit) => edit.kind !== '+').length
    const afterCount = hunk.filter((edit) => edit.kind !== '-').length
    out.push(
      style.hunk(`@@ -${beforeStart + 1},${beforeCount} +${afterStart + 1},${afterCount} @@`),
    )
    for (const edit of hunk) {
      const text = `${edit.kind}${edit.line}`
      out.push(
        edit.kind === '-' ? style.removed(text) : edit.kind === '+' ? style.added(text) : text,
      )
    }
  }
  return out.join('\n')
}

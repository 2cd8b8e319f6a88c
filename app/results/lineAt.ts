/** The text of a 1-based line, without splitting the whole document. */
export function lineAt(text: string | null, line: number): string | null {
  if (text === null || line < 1) return null
  let start = 0
  for (let current = 1; current < line; current++) {
    const end = text.indexOf('\n', start)
    if (end < 0) return null
    start = end + 1
  }
  const end = text.indexOf('\n', start)
  return end < 0 ? text.slice(start) : text.slice(start, end)
}

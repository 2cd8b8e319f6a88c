// Which lines to send to the worker, and in what order: only texts without a result, each once,
// the lines on screen first, in batches small enough for answers to arrive while the rest is parsed.

/** A range of 0-based line indexes, end exclusive. */
export interface LineWindow {
  from: number
  to: number
}

export function textsToParse(
  lines: readonly string[],
  isKnown: (text: string) => boolean,
  first: LineWindow,
): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  const take = (index: number) => {
    const text = lines[index]
    if (text === undefined || seen.has(text) || isKnown(text)) return
    seen.add(text)
    out.push(text)
  }
  const from = Math.max(0, first.from)
  const to = Math.min(lines.length, first.to)
  for (let index = from; index < to; index++) take(index)
  for (let index = 0; index < lines.length; index++) take(index)
  return out
}

/**
 * Drops cached results of texts no longer in the document once the cache holds more than `limit`
 * entries; below that, keeping them makes undo and retyping instant.
 */
export function pruneCache<V>(
  cache: ReadonlyMap<string, V>,
  lines: readonly string[],
  limit: number,
): ReadonlyMap<string, V> {
  if (cache.size <= limit) return cache
  const present = new Set(lines)
  const kept = new Map<string, V>()
  for (const [text, value] of cache) if (present.has(text)) kept.set(text, value)
  return kept
}

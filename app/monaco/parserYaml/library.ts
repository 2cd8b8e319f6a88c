// The base grok library, asked of the worker once and kept. A failed request is not kept: the
// features go on with the format's own patterns and ask again next time.

import type { PatternTable } from './patternTable'

export type LoadLibrary = () => Promise<Record<string, string>>

export function cachedLibrary(load: LoadLibrary): () => Promise<PatternTable> {
  let library: Promise<PatternTable> | null = null
  return () => {
    library ??= load().catch(() => {
      library = null
      return {}
    })
    return library
  }
}

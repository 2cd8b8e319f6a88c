// `\pL`, `\p{Greek}`: RE2 accepts Unicode general categories and scripts by name. Their tables
// come from the JavaScript engine's own Unicode data, computed once per name on first use.

import { ALL_SET, type CharSet, MAX_CODE_POINT } from './charset'

const cache = new Map<string, CharSet>()

function propertyRegExp(name: string): RegExp | null {
  // RE2 spells categories by their short names (L, Lu, Nd…) and scripts by their long names.
  const isCategory = /^[A-Z][a-z]?$/.test(name)
  const query = isCategory ? `\\p{General_Category=${name}}` : `\\p{Script=${name}}`
  try {
    return new RegExp(`^${query}$`, 'u')
  } catch {
    return null
  }
}

/** The code points of a named Unicode class, or null when RE2 would not know the name. */
export function unicodeClass(name: string): CharSet | null {
  if (name === 'Any') return ALL_SET
  const known = cache.get(name)
  if (known) return known
  const regExp = propertyRegExp(name)
  if (!regExp) return null
  const ranges: number[] = []
  let start = -1
  for (let codePoint = 0; codePoint <= MAX_CODE_POINT + 1; codePoint++) {
    const member = codePoint <= MAX_CODE_POINT && regExp.test(String.fromCodePoint(codePoint))
    if (member && start < 0) start = codePoint
    if (!member && start >= 0) {
      ranges.push(start, codePoint - 1)
      start = -1
    }
  }
  cache.set(name, ranges)
  return ranges
}

// A top-level rule is usually just `%{NAME}`: what it matches is spelled out in custom patterns,
// which may reference further custom patterns. This lists them in reading order.

export interface NamedPattern {
  name: string
  source: string
}

const REFERENCE = /%\{(\w+)(?::[^}]*)?\}/g

/** The custom patterns a pattern uses, depth first in order of appearance, each once. */
export function patternsUsed(
  source: string,
  custom: Readonly<Record<string, string>>,
): NamedPattern[] {
  const seen = new Set<string>()
  const out: NamedPattern[] = []
  const visit = (text: string) => {
    for (const match of text.matchAll(REFERENCE)) {
      const name = match[1] ?? ''
      const definition = Object.hasOwn(custom, name) ? custom[name] : undefined
      if (definition === undefined || seen.has(name)) continue
      seen.add(name)
      out.push({ name, source: definition })
      visit(definition)
    }
  }
  visit(source)
  return out
}

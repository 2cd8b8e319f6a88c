// Required literals: strings that every match of a rule must contain. A rule with one of them
// absent from the line cannot match, so the matcher does not enter it — a few native `includes`
// instead of walking the rule's program. Case-folded characters count as non-literal.

import type { RegexNode } from './ast'

interface Facts {
  /** The node matches exactly this text, or null when it can match other texts. */
  exact: string | null
  /** Every match starts with / ends with these. */
  prefix: string
  suffix: string
  /** Every match contains each of these. */
  within: string[]
}

function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? ''
  for (const text of texts) {
    let n = 0
    while (n < prefix.length && n < text.length && prefix[n] === text[n]) n++
    prefix = prefix.slice(0, n)
  }
  return prefix
}

function commonSuffix(texts: readonly string[]): string {
  const reversed = (text: string) => [...text].reverse().join('')
  return reversed(commonPrefix(texts.map(reversed)))
}

const NOTHING: Facts = { exact: null, prefix: '', suffix: '', within: [] }
const EMPTY: Facts = { exact: '', prefix: '', suffix: '', within: [] }

function exactly(text: string): Facts {
  return { exact: text, prefix: text, suffix: text, within: [text] }
}

function concat(a: Facts, b: Facts): Facts {
  const exact = a.exact !== null && b.exact !== null ? a.exact + b.exact : null
  if (exact !== null) return exactly(exact)
  return {
    exact: null,
    prefix: a.exact !== null ? a.exact + b.prefix : a.prefix,
    suffix: b.exact !== null ? a.suffix + b.exact : b.suffix,
    within: [...a.within, ...b.within, a.suffix + b.prefix],
  }
}

function facts(node: RegexNode): Facts {
  switch (node.kind) {
    case 'empty':
    case 'assert':
      return EMPTY
    case 'char':
      return node.set.length === 2 && node.set[0] === node.set[1]
        ? exactly(String.fromCodePoint(node.set[0] as number))
        : NOTHING
    case 'concat':
      return node.items.map(facts).reduce(concat, EMPTY)
    case 'alt': {
      const branches = node.branches.map(facts)
      const first = branches[0]?.exact ?? null
      if (first !== null && branches.every((branch) => branch.exact === first))
        return exactly(first)
      const prefix = commonPrefix(branches.map((branch) => branch.prefix))
      const suffix = commonSuffix(branches.map((branch) => branch.suffix))
      return { exact: null, prefix, suffix, within: [prefix, suffix] }
    }
    case 'capture':
      return facts(node.body)
    case 'repeat': {
      if (node.max === 0) return EMPTY
      if (node.min === 0) return NOTHING
      const body = facts(node.body)
      if (body.exact !== null && node.min === node.max) return exactly(body.exact.repeat(node.min))
      return { exact: null, prefix: body.prefix, suffix: body.suffix, within: body.within }
    }
  }
}

/**
 * Texts every match of `node` contains, longest first, none inside another, at most `limit`
 * (the longest are the rarest, so the few worth testing).
 */
export function requiredLiterals(node: RegexNode, limit = 4): string[] {
  const found = facts(node)
  const texts = [...new Set([...found.within, found.prefix, found.suffix])]
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length)
  const kept: string[] = []
  for (const text of texts) {
    if (!kept.some((longer) => longer.includes(text))) kept.push(text)
  }
  return kept.slice(0, limit)
}

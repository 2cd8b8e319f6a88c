import type { SourceReference } from './types'

/** What compile knows about the layers when it resolves a reference: grok outputs and stages by name. */
export interface LayerNames {
  grokOutputs: ReadonlyMap<string, string>
  stages: ReadonlySet<string>
}

/** Where a dotted path read by a template leads, if anywhere the trace follows. */
export function resolveReference(path: string, layers: LayerNames): SourceReference | null {
  const [head = '', output, capture] = path.split('.')
  if (head === 'original')
    return output === undefined || output === 'message' ? { kind: 'message' } : null
  const outputField = layers.grokOutputs.get(head)
  if (outputField !== undefined) {
    if (output !== undefined && output !== outputField) return null
    return { kind: 'grok', step: head, capture: capture ?? null }
  }
  return layers.stages.has(head) ? { kind: 'layer', path } : null
}

export function resolveReferences(paths: readonly string[], layers: LayerNames): SourceReference[] {
  return paths.flatMap((path) => resolveReference(path, layers) ?? [])
}

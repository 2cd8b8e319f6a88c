import type { FieldNode } from '../ecs'
import type { Capture } from '../types'
import type { SourceReference } from './types'

function addOnce(into: Capture[], capture: Capture): void {
  if (!into.includes(capture)) into.push(capture)
}

function addAllOnce(into: Capture[], captures: readonly Capture[]): void {
  for (const capture of captures) addOnce(into, capture)
}

/** A name's value is its first capture that took part: captures come in opening-parenthesis order. */
function firstNamed(captures: readonly Capture[], name: string): Capture | undefined {
  for (const capture of captures) if (capture.field === name) return capture
  return undefined
}

/** Where values came from, as the pipeline tells it while it runs (see SourceTracker). */
export interface Sources {
  grokStep(step: string, captures: Capture[]): void
  grokCapture(step: string, name: string): Capture | undefined
  resolve(references: readonly SourceReference[]): Capture[]
  wrote(field: FieldNode, captures: Capture[], isObject: boolean): void
  wroteLayer(path: string, captures: Capture[]): void
  forget(field: FieldNode): void
  derived(field: FieldNode, origins: readonly FieldNode[]): void
  of(field: FieldNode): Capture[]
}

/**
 * Keeps no sources: for a run that wants events only (a whole file's rows, an export), where
 * tracking them was about a tenth of the parse.
 */
export const NO_SOURCES: Sources = {
  grokStep: () => {},
  grokCapture: () => undefined,
  resolve: () => [],
  wrote: () => {},
  wroteLayer: () => {},
  forget: () => {},
  derived: () => {},
  of: () => [],
}

/**
 * Which captures of the raw line each value was computed from, as the pipeline runs: per grok
 * step, per field a stage wrote into its layer, per field of the event. Event fields are kept by
 * their node's id in an array: a line writes a few dozen fields, and a Map per line grew its table
 * over and over.
 */
export class SourceTracker implements Sources {
  private readonly grok = new Map<string, Capture[]>()
  /** Most parsers never read a stage's layer: made on the first write to one. */
  private layers: Map<string, Capture[]> | null = null
  /** By field node id: the captures of the value written at that field. */
  private readonly fields: (Capture[] | undefined)[]
  /** The nodes of `fields` set so far, to find what lies under an object written over them. */
  private readonly written: FieldNode[] = []

  /** The event starts as `{message}`: the whole raw line. */
  constructor(
    private readonly message: Capture,
    root: FieldNode,
  ) {
    this.fields = new Array(root.treeSize)
    this.wrote(root.child('message'), [message], false)
  }

  /** The captures of a grok step, in raw-line offsets; empty when its input is not from the raw line. */
  grokStep(step: string, captures: Capture[]): void {
    this.grok.set(step, captures)
  }

  grokCapture(step: string, name: string): Capture | undefined {
    const captures = this.grok.get(step)
    return captures && firstNamed(captures, name)
  }

  resolve(references: readonly SourceReference[]): Capture[] {
    const found: Capture[] = []
    for (const reference of references) {
      if (reference.kind === 'message') addOnce(found, this.message)
      else if (reference.kind === 'grok') {
        const captures = this.grok.get(reference.step)
        if (captures === undefined) continue
        if (reference.capture === null) addAllOnce(found, captures)
        else {
          const named = firstNamed(captures, reference.capture)
          if (named) addOnce(found, named)
        }
      } else if (this.layers) addAllOnce(found, this.under(this.layers, reference.path))
    }
    return found
  }

  /** A field written on the event. An object written over a field replaces what was known under it. */
  wrote(field: FieldNode, captures: Capture[], isObject: boolean): void {
    if (isObject) this.forget(field)
    this.set(field, captures)
  }

  /** A field written in a stage's layer, keyed `stage.field` as templates read it. */
  wroteLayer(path: string, captures: Capture[]): void {
    this.layers ??= new Map()
    this.layers.set(path, captures)
  }

  forget(field: FieldNode): void {
    for (const node of this.written) if (isWithin(node, field)) this.fields[node.id] = undefined
  }

  /** A field post-processing derived: it comes from where its origins came from. */
  derived(field: FieldNode, origins: readonly FieldNode[]): void {
    const captures = [...(this.fields[field.id] ?? [])]
    for (const origin of origins) addAllOnce(captures, this.of(origin))
    this.set(field, captures)
  }

  /** The captures behind a field of the event: its own, else those of the object it was written in. */
  of(field: FieldNode): Capture[] {
    for (let node: FieldNode | null = field; node !== null; node = node.parent) {
      const captures = this.fields[node.id]
      if (captures) return captures
    }
    return []
  }

  private set(field: FieldNode, captures: Capture[]): void {
    if (this.fields[field.id] === undefined) this.written.push(field)
    this.fields[field.id] = captures
  }

  private under(map: Map<string, Capture[]>, path: string): Capture[] {
    const exact = map.get(path)
    if (exact) return exact
    const prefix = `${path}.`
    const found: Capture[] = []
    for (const [key, captures] of map) if (key.startsWith(prefix)) addAllOnce(found, captures)
    return found
  }
}

/** Whether `node` is `field` or lies under it. */
function isWithin(node: FieldNode, field: FieldNode): boolean {
  for (let at: FieldNode | null = node; at !== null; at = at.parent) if (at === field) return true
  return false
}

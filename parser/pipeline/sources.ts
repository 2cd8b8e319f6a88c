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

/**
 * Which captures of the raw line each value was computed from, as the pipeline runs: per grok
 * step, per field a stage wrote into its layer, per field of the event.
 */
export class SourceTracker {
  private readonly grok = new Map<string, Capture[]>()
  /** Most parsers never read a stage's layer: made on the first write to one. */
  private layers: Map<string, Capture[]> | null = null
  private readonly fields = new Map<string, Capture[]>()

  /** The event starts as `{message}`: the whole raw line. */
  constructor(private readonly message: Capture) {
    this.fields.set('message', [message])
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
  wrote(field: string, captures: Capture[], isObject: boolean): void {
    if (isObject) this.forget(field)
    this.fields.set(field, captures)
  }

  /** A field written in a stage's layer, keyed `stage.field` as templates read it. */
  wroteLayer(path: string, captures: Capture[]): void {
    this.layers ??= new Map()
    this.layers.set(path, captures)
  }

  forget(field: string): void {
    this.fields.delete(field)
    const prefix = `${field}.`
    for (const key of this.fields.keys()) if (key.startsWith(prefix)) this.fields.delete(key)
  }

  /** A field post-processing derived: it comes from where its origins came from. */
  derived(field: string, origins: readonly string[]): void {
    const captures = [...(this.fields.get(field) ?? [])]
    for (const origin of origins) addAllOnce(captures, this.of(origin))
    this.fields.set(field, captures)
  }

  /** The captures behind a field of the event: its own, else those of the object it was written in. */
  of(field: string): Capture[] {
    for (let path = field; ; ) {
      const captures = this.fields.get(path)
      if (captures) return captures
      const dot = path.lastIndexOf('.')
      if (dot === -1) return []
      path = path.slice(0, dot)
    }
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

import { PARSER_FILE } from '../../parser/format/index'
import { type CompiledParser, compile, type Format } from '../../parser/index'
import type { Diagnostic, PlatformProfile } from '../../parser/types'

/**
 * Whether the definition being edited compiles: when it does not, the last definition of the same
 * format that did keeps parsing, so a half-typed edit never empties the page.
 */
export type DefinitionState = 'ok' | 'broken-using-last-good' | 'broken-no-parser'

export interface Compiled {
  parser: CompiledParser | null
  state: DefinitionState
  /** The diagnostics of the definition as written (the broken one, if it is broken). */
  diagnostics: Diagnostic[]
}

interface Good {
  source: string
  /** The source's own definition: two folders opened under one name are two sources. */
  original: string | null
  definition: string
  platform: PlatformProfile | null
  parser: CompiledParser
}

/** Compiles definitions of a format, remembering the last one that compiled. */
export class LastGoodCompiler {
  private good: Good | null = null

  /**
   * `source` names the format the definition belongs to and `original` is that source's own
   * definition: a last good parser of another source (or of another folder opened under the same
   * name) is never used. `original` is also the stand-in when none of this source compiled yet (a
   * broken edit after a reload). `platform` null means the one the manifest states.
   */
  compile(
    format: Format,
    source: string,
    platform: PlatformProfile | null,
    original: string | null = null,
  ): Compiled {
    const options = platform === null ? {} : { platform }
    const compiled = compile(format, options)
    const { diagnostics } = compiled
    if (compiled.parser) {
      const definition = format.files[PARSER_FILE] ?? ''
      this.good = { source, original, definition, platform, parser: compiled.parser }
      return { parser: compiled.parser, state: 'ok', diagnostics }
    }
    // Another format's parser is no stand-in; it is kept for when that format is loaded again.
    const good = this.good?.source === source && this.good.original === original ? this.good : null
    if (good && good.platform === platform) {
      return { parser: good.parser, state: 'broken-using-last-good', diagnostics }
    }
    // The last good definition under a new platform, or the source's own one.
    const standIn = good?.definition ?? original
    const files = standIn === null ? null : { ...format.files, [PARSER_FILE]: standIn }
    const parser = files && compile({ ...format, files }, options).parser
    if (!parser || standIn === null) return { parser: null, state: 'broken-no-parser', diagnostics }
    this.good = { source, original, definition: standIn, platform, parser }
    return { parser, state: 'broken-using-last-good', diagnostics }
  }
}

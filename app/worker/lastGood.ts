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
  definition: string
  platform: PlatformProfile | null
  parser: CompiledParser
}

/** Compiles definitions of a format, remembering the last one that compiled. */
export class LastGoodCompiler {
  private good: Good | null = null

  /**
   * `source` names the format the definition belongs to: a last good parser of another format is
   * never used. `platform` null means the one the manifest states.
   */
  compile(format: Format, source: string, platform: PlatformProfile | null): Compiled {
    const options = platform === null ? {} : { platform }
    const compiled = compile(format, options)
    const { diagnostics } = compiled
    const definition = format.files[PARSER_FILE] ?? ''
    if (compiled.parser) {
      this.good = { source, definition, platform, parser: compiled.parser }
      return { parser: compiled.parser, state: 'ok', diagnostics }
    }
    const good = this.good
    // Another format's parser is no stand-in; it is kept for when that format is loaded again.
    if (!good || good.source !== source)
      return { parser: null, state: 'broken-no-parser', diagnostics }
    let parser = good.parser
    if (good.platform !== platform) {
      // The platform changed while the definition is broken: the last good one, under the new platform.
      const files = { ...format.files, [PARSER_FILE]: good.definition }
      const recompiled = compile({ ...format, files }, options).parser
      if (recompiled) {
        parser = recompiled
        this.good = { ...good, platform, parser }
      }
    }
    return { parser, state: 'broken-using-last-good', diagnostics }
  }
}

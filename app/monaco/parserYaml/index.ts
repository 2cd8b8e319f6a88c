// Language features of the Parser tab's parser.yml editor: hover (a pattern's definition and full
// expansion, where a capture comes from), go to definition and references (custom patterns,
// captures, stages), completion (pattern names after `%{`, layers and capture names in templates,
// stage names), F2 rename and Go to Symbol.
//
// They act only on models whose URI is `parserModelUri(formatSlug)`, i.e.
// `inmemory://format/<slug>/ingest/parser.yml`: create the Parser tab's model with that URI (for
// @monaco-editor/react, `path={parserModelUri(slug)}`) and call `registerParserYamlFeatures` once.

import type * as Monaco from 'monaco-editor/editor/editor.api'
import { cachedLibrary, type LoadLibrary } from './library'
import { ParserYamlProviders } from './providers'

export type { LoadLibrary } from './library'
export { isParserModelUri, parserModelUri } from './modelUri'

/**
 * Registers the features with `monaco`; `loadLibrary` fetches the base grok library (the worker's
 * `grokLibrary` request), asked for on the first hover or completion. Dispose to unregister.
 */
export function registerParserYamlFeatures(
  monaco: typeof Monaco,
  loadLibrary: LoadLibrary,
): Monaco.IDisposable {
  const registrations = new ParserYamlProviders(monaco, cachedLibrary(loadLibrary)).register()
  return {
    dispose: () => {
      for (const registration of registrations) registration.dispose()
    },
  }
}

// Language features of the Parser tab's parser.yml editor: go to definition and hover (with the full
// expansion) of grok pattern names, references of custom patterns and stages, completion of pattern
// names, template layer paths and capture names, and stage names.
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

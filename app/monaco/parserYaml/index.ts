// Language features of the Parser tab's parser.yml editor: hover (a pattern's definition and full
// expansion, where a capture comes from, what a template's filter or test does), go to definition
// and references (custom patterns, captures, stages), completion (pattern names after `%{`; layers,
// capture names, filters after `|` and tests after `is` in templates; stage names), F2 rename and
// Go to Symbol.
//
// They act only on models whose URI is `parserModelUri(formatSlug)`, i.e.
// `inmemory://format/<slug>/ingest/parser.yml`: create the Parser tab's model with that URI (for
// @monaco-editor/react, `path={parserModelUri(slug)}`) and call `registerParserYamlFeatures` once.

import type * as Monaco from 'monaco-editor/editor/editor.api'
import {
  cachedAnswer,
  type LoadLibrary,
  type LoadTemplateNames,
  NO_TEMPLATE_NAMES,
} from './library'
import { ParserYamlProviders } from './providers'

export type { LoadLibrary, LoadTemplateNames, TemplateNames } from './library'
export { isParserModelUri, parserModelUri } from './modelUri'

/**
 * Registers the features with `monaco`; `loadLibrary` fetches the base grok library (the worker's
 * `grokLibrary` request) and `loadTemplateNames` the engine's filter and test names (its
 * `templateNames` request), each asked for on the first hover or completion. Dispose to unregister.
 */
export function registerParserYamlFeatures(
  monaco: typeof Monaco,
  loadLibrary: LoadLibrary,
  loadTemplateNames: LoadTemplateNames,
): Monaco.IDisposable {
  const registrations = new ParserYamlProviders(
    monaco,
    cachedAnswer(loadLibrary, {}),
    cachedAnswer(loadTemplateNames, NO_TEMPLATE_NAMES),
  ).register()
  return {
    dispose: () => {
      for (const registration of registrations) registration.dispose()
    },
  }
}

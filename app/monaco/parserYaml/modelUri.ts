// Which Monaco models are parser definitions. The language features register for all of 'yaml' and
// act only on models created with this URI, so other YAML editors are left alone.

const PARSER_MODEL = /^inmemory:\/\/format\/[^/]+\/ingest\/parser\.yml$/

/** The URI of the model that edits format `formatSlug`'s ingest/parser.yml. */
export function parserModelUri(formatSlug: string): string {
  return `inmemory://format/${encodeURIComponent(formatSlug)}/ingest/parser.yml`
}

/** Whether a model's URI (as `uri.toString()` spells it) is a parser definition's. */
export function isParserModelUri(uri: string): boolean {
  return PARSER_MODEL.test(uri)
}

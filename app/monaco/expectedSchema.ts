import { jsonDefaults } from 'monaco-editor/languages/features/json/register'
import type { JsonSchema } from '../worker/expectedSchema'

/** The Expected editor's model: the schema applies to it alone. */
export const EXPECTED_MODEL_URI = 'inmemory://playground/user-expected.json'

/**
 * Has Monaco validate the Expected editor against `schema`. Schema requests stay off: the schema is
 * given inline, and the playground never fetches anything (no `$schema` URL is followed).
 */
export function registerExpectedSchema(schema: JsonSchema): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemas: [{ uri: 'inmemory://schemas/expected.json', fileMatch: [EXPECTED_MODEL_URI], schema }],
  })
}

export { readDefinition } from './definition'
export { loadFormat, MANIFEST_FILE, PARSER_FILE } from './load'
export { readManifest } from './meta'
export type * from './types'

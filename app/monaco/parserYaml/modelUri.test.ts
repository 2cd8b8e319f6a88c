import { describe, expect, it } from 'vitest'
import { isParserModelUri, parserModelUri } from './modelUri'

describe('parser model URIs', () => {
  it('names one model per format and recognizes it', () => {
    expect(parserModelUri('vmware-esxi')).toBe('inmemory://format/vmware-esxi/ingest/parser.yml')
    expect(isParserModelUri(parserModelUri('vmware-esxi'))).toBe(true)
    expect(isParserModelUri(parserModelUri('a/b c'))).toBe(true)
  })

  it('leaves other models alone', () => {
    expect(isParserModelUri('inmemory://playground/user-expected.json')).toBe(false)
    expect(isParserModelUri('inmemory://format/x/_meta/fields.yml')).toBe(false)
    expect(isParserModelUri('file:///format/x/ingest/parser.yml')).toBe(false)
  })
})

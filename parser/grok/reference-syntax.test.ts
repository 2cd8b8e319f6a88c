import { describe, expect, it } from 'vitest'
import { parseReference } from './reference-syntax'
import { Scanner } from './scanner'
import { grokErrorOf, located } from './testing/errors'

function referenceAt(source: string, pos: number) {
  const sc = new Scanner(source, 'OWNER')
  sc.pos = pos
  return { ref: parseReference(sc), after: sc.pos }
}

describe('parseReference', () => {
  it('reads the reference at the cursor and leaves the cursor after its brace', () => {
    expect(referenceAt('x %{NUMBER:bytes:int} y', 2)).toEqual({
      ref: { kind: 'ref', name: 'NUMBER', field: 'bytes', type: 'int', start: 2, end: 21 },
      after: 21,
    })
  })

  it('accepts field names in dotted, @ and bracket spellings', () => {
    for (const field of ['@timestamp', 'client.ip', '[host][name]', 'user-agent']) {
      expect(referenceAt(`%{WORD:${field}}`, 0).ref.field).toBe(field)
    }
  })

  it('locates errors in the owner pattern, spanning the whole reference', () => {
    const error = grokErrorOf(() => referenceAt('ab%{WORD:f:in t}', 2))
    expect(located(error)).toEqual({
      code: 'grok-syntax',
      patternName: 'OWNER',
      offset: 2,
      length: 14,
    })
  })
})

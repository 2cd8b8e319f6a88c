import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Value } from '../../parser/types'
import { fieldAt, layoutJson, type TextRange } from './jsonLayout'

function textOf(text: string, range: TextRange): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (let line = range.startLineNumber; line <= range.endLineNumber; line++) {
    const content = lines[line - 1] ?? ''
    const from = line === range.startLineNumber ? range.startColumn - 1 : 0
    const to = line === range.endLineNumber ? range.endColumn - 1 : content.length
    out.push(content.slice(from, to))
  }
  return out.join('\n')
}

const event = {
  message: 'Connection from 1.2.3.4 port 33398',
  event: { kind: 'event', category: ['network'], type: ['connection'] },
  source: { ip: '1.2.3.4', port: 33398, address: '1.2.3.4' },
  related: { ip: ['1.2.3.4'] },
  empty: {},
}

describe('layoutJson', () => {
  it('writes arrays of scalars on one line, as the user reads them', () => {
    const { text } = layoutJson(event)
    expect(text).toContain('    "category": ["network"],')
    expect(text.split('\n')[0]).toBe('{')
  })

  it('records each field from its key to the end of its value', () => {
    const layout = layoutJson(event)
    const spans = new Map(
      layout.fields.map((span) => [span.field, textOf(layout.text, span.range)]),
    )
    expect(spans.get('source.ip')).toBe('"ip": "1.2.3.4"')
    expect(spans.get('source.port')).toBe('"port": 33398')
    expect(spans.get('related.ip')).toBe('"ip": ["1.2.3.4"]')
    expect(spans.get('empty')).toBe('"empty": {}')
    expect(spans.has('source')).toBe(false)
  })

  it('finds the field under a position', () => {
    const layout = layoutJson(event)
    const span = layout.fields.find((candidate) => candidate.field === 'source.port')
    expect(span).toBeDefined()
    if (!span) return
    const { startLineNumber, startColumn, endColumn } = span.range
    expect(fieldAt(layout, startLineNumber, startColumn)?.field).toBe('source.port')
    expect(fieldAt(layout, startLineNumber, endColumn - 1)?.field).toBe('source.port')
    expect(fieldAt(layout, startLineNumber, startColumn - 1)).toBeNull()
    expect(fieldAt(layout, 1, 1)).toBeNull()
  })

  it('breaks long arrays over lines and still resolves the innermost field', () => {
    const items = Array.from({ length: 12 }, (_, index) => `host-${index}.example.org`)
    const layout = layoutJson({ related: { hosts: items }, list: [{ name: 'a' }] })
    expect(layout.text).toContain('"hosts": [\n')
    const nested = layout.fields.find((span) => span.field === 'list.name')
    expect(nested).toBeDefined()
    if (!nested) return
    const found = fieldAt(layout, nested.range.startLineNumber, nested.range.startColumn + 1)
    expect(found?.field).toBe('list.name')
    const whole = layout.fields.filter((span) => span.field === 'related.hosts')
    expect(whole.length).toBe(items.length + 1)
  })

  it('produces the JSON of the value, with every recorded span inside the text', () => {
    // Dots are kept out of keys: they separate the segments of a field's path.
    const key = fc.string({ maxLength: 5 }).filter((text) => !text.includes('.'))
    const { json } = fc.letrec<{ json: Value }>((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('json'), { maxLength: 14 }),
        fc.dictionary(key, tie('json'), { maxKeys: 4 }),
      ),
    }))
    fc.assert(
      fc.property(fc.dictionary(key, json), (value) => {
        const layout = layoutJson(value)
        expect(JSON.parse(layout.text)).toEqual(JSON.parse(JSON.stringify(value)))
        for (const span of layout.fields) {
          const written = textOf(layout.text, span.range)
          const lastKey = JSON.stringify(span.field.split('.').at(-1) ?? '')
          // A field starts with its key; an item of an array broken over lines is a JSON value.
          const asEntry = written.startsWith(`${lastKey}: `)
          expect(asEntry || JSON.parse(written) !== undefined).toBe(true)
        }
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { appliedNameAround, appliedNameAt } from './appliedNames'

/** What appliedNameAt finds at the end of `template`, a whole region: its kind and text. */
function atEnd(template: string) {
  const found = appliedNameAt(template, { start: 0, end: template.length }, template.length)
  return found && { kind: found.kind, name: template.slice(found.span.start, found.span.end) }
}

function around(template: string, marker: string, delta: number) {
  const region = { start: 0, end: template.length }
  const found = appliedNameAround(template, region, template.indexOf(marker) + delta)
  return found && { kind: found.kind, name: template.slice(found.span.start, found.span.end) }
}

describe('appliedNameAt', () => {
  it('finds a filter after | and a test after is or is not, typed in part or not at all', () => {
    expect(atEnd('{{ x |')).toEqual({ kind: 'filter', name: '' })
    expect(atEnd('{{ x | trim |  lo')).toEqual({ kind: 'filter', name: 'lo' })
    expect(atEnd('{%- if x is ')).toEqual({ kind: 'test', name: '' })
    expect(atEnd('{% if x is not\tde')).toEqual({ kind: 'test', name: 'de' })
  })

  it('finds nothing after a finished name, in the word this, an attribute or a string', () => {
    expect(atEnd('{{ x | lower ')).toBeNull()
    expect(atEnd('{{ this ')).toBeNull()
    expect(atEnd('{{ x.is ')).toBeNull()
    expect(atEnd("{{ x.split('|")).toBeNull()
    expect(atEnd('{{ "a \\" is ')).toBeNull()
    expect(atEnd("{{ 'it\\'s' | ")).toEqual({ kind: 'filter', name: '' })
  })
})

describe('appliedNameAround', () => {
  const template = "{{ x | replace('a', 'b') }}{% if x is not none %}"

  it('finds the whole name from anywhere on it', () => {
    expect(around(template, 'replace', 0)).toEqual({ kind: 'filter', name: 'replace' })
    expect(around(template, 'replace', 4)).toEqual({ kind: 'filter', name: 'replace' })
    expect(around(template, 'none', 2)).toEqual({ kind: 'test', name: 'none' })
  })

  it('finds nothing on what a filter applies to, or its arguments', () => {
    expect(around(template, 'x |', 0)).toBeNull()
    expect(around(template, "'a'", 1)).toBeNull()
    expect(around(template, '| ', 0)).toBeNull()
  })
})

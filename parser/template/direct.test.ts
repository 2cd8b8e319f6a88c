import { describe, expect, it } from 'vitest'
import { compileDirect, printedPath, UNDECIDED } from './direct'
import { parseTemplate } from './parser'
import type { Scope } from './template'

const direct = (source: string) => compileDirect(parseTemplate(source))

describe('direct rendering of attribute paths over plain values', () => {
  const scope: Scope = {
    e: { r: { ip: '1.2.3.4', port: 22, up: true, none: null, list: [1, 'a'], sub: { k: 1.5 } } },
  }

  it.each([
    ['{{ e.r.ip }}', '1.2.3.4'],
    ['ip={{ e.r.ip }}:{{ e.r.port }}', 'ip=1.2.3.4:22'],
    ['{{ e.r.up }}', 'True'],
    ['{{ e.r.none }}', 'None'],
    ['{{ e.r.list }}', "[1, 'a']"],
    ['{{ e.r.sub }}', "{'k': 1.5}"],
    ['{{ e.r.nope }}', ''],
    ['{{ e.r.none.x }}', ''],
    ['{{ e.r.none != None }}', 'False'],
    ['{{ e.r.none == None }}', 'True'],
    ['{{ e.r.nope != None }}', 'True'],
    ['{{ e.r.nope == None }}', 'False'],
    ['{{ e.r.ip != None }}', 'True'],
    ['', ''],
  ])('%s renders %j', (source, expected) => {
    expect(direct(source)?.(scope)).toBe(expected)
  })

  it.each([
    '{{ e.r.nope.x }}',
    '{{ e.r.none.x.y }}',
    '{{ e.r.ip.x }}',
    '{{ e.r.list.x }}',
    '{{ missing.x }}',
    '{{ e.r.nope.x != None }}',
  ])('%s leaves the answer to the general renderer', (source) => {
    expect(direct(source)?.(scope)).toBe(UNDECIDED)
  })

  it.each([
    '{{ e.items }}',
    '{{ e.r.get }}',
    '{{ e["r"] }}',
    '{{ e.r.port + 1 }}',
    '{{ e.r.ip != "x" }}',
    '{% if e %}x{% endif %}',
  ])('%s is not compiled directly', (source) => {
    expect(direct(source)).toBeNull()
  })
})

describe('direct rendering over objects', () => {
  it('reads own keys only, even where Object.prototype has the name', () => {
    const render = direct('{{ e.toString }}|{{ e.constructor }}|{{ e.valueOf }}')
    expect(render?.({ e: {} })).toBe('||')
    expect(render?.({ e: { toString: 'a', constructor: 1, valueOf: null } })).toBe('a|1|None')
  })
})

describe('printed paths', () => {
  it.each([
    ['{{ e.r.ip }}', ['e', 'r', 'ip']],
    ['{{ e }}', ['e']],
    ['ip={{ e.r.ip }}', null],
    ['{{ e.r.ip }}{{ e.r.port }}', null],
    ['{{ e.items }}', null],
    ['{{ e.r.ip | upper }}', null],
    ['{{ e.r.none == None }}', null],
    ['{{ None }}', null],
    ['', null],
  ])('%s prints %j', (source, path) => {
    expect(printedPath(parseTemplate(source))).toEqual(path)
  })
})

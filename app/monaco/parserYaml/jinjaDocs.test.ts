import { describe, expect, it } from 'vitest'
import { FILTER_NAMES, TEST_NAMES } from '../../../parser/template/index'
import { appliedDoc, FILTER_DOCS, TEST_DOCS } from './jinjaDocs'

// The editor only offers names (`is ==` is not Jinja2 syntax), so those are the ones documented.
const named = (names: readonly string[]) => names.filter((name) => /^[A-Za-z_]\w*$/.test(name))

describe('the filter and test docs', () => {
  it("describe exactly the engine's filters and tests", () => {
    expect([...FILTER_DOCS.keys()].sort()).toEqual(named(FILTER_NAMES).sort())
    expect([...TEST_DOCS.keys()].sort()).toEqual(named(TEST_NAMES).sort())
  })

  it('give each a signature that starts with its name and the value applied to', () => {
    for (const [name, doc] of [...FILTER_DOCS, ...TEST_DOCS]) {
      expect(doc.signature).toMatch(new RegExp(`^${name}\\(\\w+[,)]`))
      expect(doc.summary).toMatch(/\.$/)
    }
  })

  it('are looked up by kind: lower the filter is not lower the test', () => {
    expect(appliedDoc('filter', 'lower')?.summary).toContain('in lower case')
    expect(appliedDoc('test', 'lower')?.summary).toContain('Whether')
    expect(appliedDoc('filter', 'escape')).toBeNull()
  })
})

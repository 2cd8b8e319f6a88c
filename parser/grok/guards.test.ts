import { describe, expect, it } from 'vitest'
import { anchoredAtStart, literalPrefixes } from './guards'
import { PatternLibrary } from './library'
import { Linker } from './link'
import { parseMainPattern } from './parse'
import { compileProgram, OP_REPEAT_GREEDY, OP_REPEAT_LAZY, type Program } from './program'
import { ruleTrees } from './rules'

function program(source: string): Program {
  const { tree, branches } = parseMainPattern(source)
  const linker = new Linker(new PatternLibrary())
  return compileProgram(
    ruleTrees(tree, branches).map((branch) => linker.link(branch, null)),
    source.length,
  )
}

/** The literal prefixes after the first single-character loop of `source`, `$` marking the end. */
function afterLoop(source: string): string[] | null {
  const compiled = program(source)
  for (let pc = 0; pc < compiled.size; pc++) {
    const op = compiled.code[pc * 4]
    if (op === OP_REPEAT_GREEDY || op === OP_REPEAT_LAZY) {
      const found = literalPrefixes(compiled, compiled.classes, pc + 1)
      return found === null
        ? null
        : found.map((prefix) => `${prefix.text}${prefix.atEnd ? '$' : ''}`)
    }
  }
  throw new Error('no loop')
}

describe('literalPrefixes', () => {
  it('lists what can follow a loop, up to 8 units', () => {
    expect(afterLoop('sub=.*?(?: opID=\\S+)?(?: user=\\S+)?\\] ')?.sort()).toEqual([
      ' opID=',
      ' user=',
      '] ',
    ])
    expect(afterLoop('a+ failed with permission')).toEqual([' failed '])
  })

  it("notes when the continuation must end the input (`'%{GREEDYDATA}'$`)", () => {
    expect(afterLoop("^'.*'$")).toEqual(["'$"])
    expect(afterLoop('a+(?: x)?$')?.sort()).toEqual([' x$', '$'])
  })

  it('gives up when the continuation may be empty or is too varied', () => {
    expect(afterLoop('x.*')).toBeNull()
    expect(afterLoop('a+(?:b|c|d|e|f|g|h|i|j)')).toBeNull()
    expect(afterLoop('a+\\w')).toBeNull()
  })
})

describe('anchoredAtStart', () => {
  it('holds when every rule begins with a start-of-text assertion', () => {
    expect(anchoredAtStart(program('^a|(?P<x>^b)|\\Ac'))).toBe(true)
    expect(anchoredAtStart(program('^a|b'))).toBe(false)
    expect(anchoredAtStart(program('(?m)^a'))).toBe(false)
  })
})

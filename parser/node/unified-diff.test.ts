import { describe, expect, it } from 'vitest'
import { unifiedDiff } from './unified-diff'

const labels = { before: 'expected', after: 'actual' }

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb', 'a\nb', labels)).toBe('')
  })

  it('shows a changed line with its context and a hunk header', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3', '}'].join('\n')
    const after = ['{', '  "a": 1,', '  "b": 20,', '  "c": 3', '}'].join('\n')
    expect(unifiedDiff(before, after, labels, undefined, 1)).toBe(
      [
        '--- expected',
        '+++ actual',
        '@@ -2,3 +2,3 @@',
        '   "a": 1,',
        '-  "b": 2,',
        '+  "b": 20,',
        '   "c": 3',
      ].join('\n'),
    )
  })

  it('splits distant changes into hunks and counts added and removed lines', () => {
    const before = 'x\n1\n2\n3\n4\n5\n6\ny'
    const after = 'x\nx2\n1\n2\n3\n4\n5\n6'
    expect(unifiedDiff(before, after, labels, undefined, 1)).toBe(
      [
        '--- expected',
        '+++ actual',
        '@@ -1,2 +1,3 @@',
        ' x',
        '+x2',
        ' 1',
        '@@ -7,2 +8,1 @@',
        ' 6',
        '-y',
      ].join('\n'),
    )
  })

  it('colors through the given style', () => {
    const style = {
      removed: (t: string) => `<${t}>`,
      added: (t: string) => `[${t}]`,
      hunk: (t: string) => t,
    }
    expect(unifiedDiff('a', 'b', labels, style)).toBe(
      '<--- expected>\n[+++ actual]\n@@ -1,1 +1,1 @@\n<-a>\n[+b]',
    )
  })
})

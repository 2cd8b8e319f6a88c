import { describe, expect, it } from 'vitest'
import type { Capture } from '../../parser/types'
import { lineResult as result } from '../testing/lineResult'
import {
  captureDecorations,
  describeRanges,
  FIELD_SOURCE_CLASS,
  ruleBadges,
  sourceHighlights,
} from './decorations'

describe('log editor decorations', () => {
  it('names the matched rule at the end of each parsed line, and marks unmatched ones', () => {
    const lines = ['Connection from 1.2.3.4 port 1', 'garbage', '', 'not parsed yet']
    const results = new Map([
      [lines[0] ?? '', result(lines[0] ?? '', 'SSHD_CONNECTION_FROM')],
      [lines[1] ?? '', result(lines[1] ?? '', null)],
    ])
    const badges = ruleBadges(lines, results, new Map([['not parsed yet', 'worker restarted']]))
    expect(badges).toHaveLength(3)
    expect(badges[2]?.options.after?.content).toContain('not parsed')
    expect(badges[2]?.options.glyphMarginHoverMessage).toEqual({ value: 'worker restarted' })
    expect(badges[0]?.range).toEqual({
      startLineNumber: 1,
      startColumn: 31,
      endLineNumber: 1,
      endColumn: 31,
    })
    expect(badges[0]?.options.after?.content).toContain('SSHD_CONNECTION_FROM')
    expect(badges[1]?.options.after?.content).toContain('no rule matched')
    expect(badges[1]?.options.glyphMarginClassName).toBe('glyph-rule-none')
  })

  it('names the framing of a framed line before its rule, and explains a header that fell back', () => {
    const header = { start: 0, end: 4, parts: [] }
    const lines = ['<38>framed', '<999>broken', 'bare']
    const results = new Map([
      ['<38>framed', result('<38>framed', 'RULE', { kind: 'rfc3164', header })],
      [
        '<999>broken',
        result('<999>broken', null, {
          kind: 'bare',
          header: { start: 0, end: 0, parts: [] },
          diagnostic: 'syslog priority <999> is above 191',
        }),
      ],
      ['bare', result('bare', 'RULE', { kind: 'bare', header: { start: 0, end: 0, parts: [] } })],
    ])
    const badges = ruleBadges(lines, results, new Map())
    expect(badges.map((badge) => badge.options.after?.content)).toEqual([
      '  ⟵ rfc3164 · RULE',
      '  ✗ ⚠ bare · no rule matched',
      undefined,
      '  ⟵ RULE',
    ])
    expect(badges[2]?.options.hoverMessage).toEqual({
      value: 'Header not recognised: syslog priority <999> is above 191',
    })
    expect(badges[2]?.range).toEqual({
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 12,
    })
  })

  it('turns capture offsets into 1-based columns and skips empty captures', () => {
    const ip: Capture = { field: 'source_ip', value: '1.2.3.4', start: 16, end: 23 }
    const empty: Capture = { field: 'x', value: '', start: 3, end: 3 }
    const decorations = captureDecorations(7, [ip, empty], ip)
    expect(decorations).toHaveLength(1)
    expect(decorations[0]?.range).toEqual({
      startLineNumber: 7,
      startColumn: 17,
      endLineNumber: 7,
      endColumn: 24,
    })
    expect(decorations[0]?.options.inlineClassName).toMatch(/^capture-c\d+ capture-hovered$/)
    const highlights = sourceHighlights(7, [ip])
    expect(highlights[0]?.options.inlineClassName).toBe(FIELD_SOURCE_CLASS)
    expect(describeRanges(highlights.map((decoration) => decoration.range))).toBe('7:17-24')
  })
})

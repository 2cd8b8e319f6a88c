import { describe, expect, it } from 'vitest'
import {
  CAPTURE_PALETTE,
  captureClass,
  captureStyleSheet,
  colorIndex,
  contrastRatio,
  THEME_TEXT,
} from './palette'

describe('capture palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('keeps the editor text readable (WCAG AA, 4.5:1) on every capture colour in both themes', () => {
    for (const color of CAPTURE_PALETTE) {
      expect(contrastRatio(color.light, THEME_TEXT.light)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(color.dark, THEME_TEXT.dark)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('has no two identical colours within a theme', () => {
    expect(new Set(CAPTURE_PALETTE.map((color) => color.light)).size).toBe(CAPTURE_PALETTE.length)
    expect(new Set(CAPTURE_PALETTE.map((color) => color.dark)).size).toBe(CAPTURE_PALETTE.length)
  })

  it('gives a field the same colour every time, and spreads common fields over the palette', () => {
    expect(colorIndex('source_ip')).toBe(colorIndex('source_ip'))
    expect(captureClass('source_ip')).toBe(`capture-c${colorIndex('source_ip')}`)
    const fields = ['source_ip', 'source_port', 'user_name', 'event_action', 'reason', 'daemon_pid']
    expect(new Set(fields.map(colorIndex)).size).toBeGreaterThanOrEqual(4)
  })

  it('writes one rule per colour and theme', () => {
    const sheet = captureStyleSheet()
    expect(sheet.split('\n')).toHaveLength(CAPTURE_PALETTE.length * 2)
    expect(sheet).toContain('[data-theme="dark"] .capture-c0 {')
  })
})

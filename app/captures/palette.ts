// Capture colours: one per field name, the same across lines and reloads, readable in both themes.

export type ThemeKind = 'light' | 'dark'

/** The text colour of our editor themes; capture highlights are checked for contrast against it. */
export const THEME_TEXT: Readonly<Record<ThemeKind, string>> = {
  light: '#1f2328',
  dark: '#e6edf3',
}

/** Background of a capture, per theme (hue families kept the same in both). */
export const CAPTURE_PALETTE: readonly Readonly<Record<ThemeKind, string>>[] = [
  { light: '#ffd8a8', dark: '#8a4b0f' },
  { light: '#b2f2bb', dark: '#1f6b34' },
  { light: '#a5d8ff', dark: '#1c5a8c' },
  { light: '#fcc2d7', dark: '#8c2a55' },
  { light: '#d0bfff', dark: '#5a3e9e' },
  { light: '#ffec99', dark: '#6e5f0a' },
  { light: '#96f2d7', dark: '#0f6b58' },
  { light: '#ffc9c9', dark: '#8f2d2d' },
  { light: '#c5f6fa', dark: '#13636e' },
  { light: '#e9fac8', dark: '#4a6b12' },
  { light: '#eebefa', dark: '#7b2d8c' },
  { light: '#dbe4ff', dark: '#35479e' },
]

/** FNV-1a over UTF-16 units: cheap, and stable across sessions (unlike any runtime hash). */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

export function colorIndex(field: string): number {
  return hash(field) % CAPTURE_PALETTE.length
}

/** The CSS class that colours a capture of this field (see captureStyleSheet). */
export function captureClass(field: string): string {
  return `capture-c${colorIndex(field)}`
}

function channel(value: number): number {
  const unit = value / 255
  return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const [r, g, b] = match.slice(1).map((part) => channel(Number.parseInt(part, 16)))
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

/** Rules for every capture class; the theme is read from the `data-theme` attribute of <html>. */
export function captureStyleSheet(): string {
  return CAPTURE_PALETTE.flatMap((color, index) =>
    (['light', 'dark'] as const).map(
      (theme) =>
        `[data-theme="${theme}"] .capture-c${index} { background-color: ${color[theme]}; color: ${THEME_TEXT[theme]}; border-radius: 2px; }`,
    ),
  ).join('\n')
}

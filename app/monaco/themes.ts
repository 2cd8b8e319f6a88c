import type { ThemeKind } from '../captures/palette'
import { THEME_TEXT } from '../captures/palette'
import { monaco } from './setup'

export const EDITOR_THEME: Readonly<Record<ThemeKind, string>> = {
  light: 'playground-light',
  dark: 'playground-dark',
}

// Our own themes pin the editor's text colour, which the capture colours were checked against.
monaco.editor.defineTheme(EDITOR_THEME.light, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.foreground': THEME_TEXT.light, 'editor.background': '#ffffff' },
})
monaco.editor.defineTheme(EDITOR_THEME.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.foreground': THEME_TEXT.dark, 'editor.background': '#0d1117' },
})

export function applyEditorTheme(theme: ThemeKind): void {
  monaco.editor.setTheme(EDITOR_THEME[theme])
}

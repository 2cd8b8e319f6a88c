import { useEffect, useSyncExternalStore } from 'react'
import { captureStyleSheet, type ThemeKind } from '../captures/palette'
import { usePlayground } from '../store/index'

const darkQuery = '(prefers-color-scheme: dark)'

function subscribeToSystemTheme(notify: () => void): () => void {
  const query = window.matchMedia(darkQuery)
  query.addEventListener('change', notify)
  return () => query.removeEventListener('change', notify)
}

const systemPrefersDark = () => window.matchMedia(darkQuery).matches

let captureStylesInstalled = false
function installCaptureStyles(): void {
  if (captureStylesInstalled) return
  captureStylesInstalled = true
  const style = document.createElement('style')
  style.dataset.role = 'capture-colors'
  style.textContent = captureStyleSheet()
  document.head.append(style)
}

/** Follows the user's choice, or the system's when the choice is "system"; sets `data-theme` on <html>. */
export function useResolvedTheme(): ThemeKind {
  const choice = usePlayground((state) => state.theme)
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark)
  const theme: ThemeKind = choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice
  useEffect(() => {
    installCaptureStyles()
    document.documentElement.dataset.theme = theme
  }, [theme])
  return theme
}

import { useEffect } from 'react'

/** A paste into the log editor of more lines than this is run as a file instead (README). */
export const PASTE_AS_FILE_LINES = 20_000

/** Whether `text` has more than `limit` lines; stops counting once it knows. */
export function hasMoreLines(text: string, limit: number): boolean {
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines++
    if (lines > limit) return true
  }
  return false
}

/**
 * Takes a paste bigger than the editor is made for, aimed at the log editor, before the editor
 * sees it, and hands it over as a file named `pasted.log`.
 */
export function usePasteAsFile(open: (file: File) => void): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target instanceof Element ? event.target : null
      if (!target?.closest('[data-testid="log-editor"]')) return
      const text = event.clipboardData?.getData('text/plain') ?? ''
      if (!hasMoreLines(text, PASTE_AS_FILE_LINES)) return
      event.preventDefault()
      event.stopPropagation()
      open(new File([text], 'pasted.log', { type: 'text/plain' }))
    }
    // Capture, on the window: Monaco handles the paste on its own text area otherwise.
    window.addEventListener('paste', onPaste, true)
    return () => window.removeEventListener('paste', onPaste, true)
  }, [open])
}

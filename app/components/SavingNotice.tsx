import { usePlayground } from '../store/index'

/** Says so when the browser's storage refused to keep the page's state for a reload. */
export function SavingNotice() {
  const saved = usePlayground((state) => state.saved)
  if (saved === 'all') return null
  return (
    <output className="saving-notice" data-testid="saving-notice" data-saved={saved}>
      {saved === 'shrunk'
        ? '⚠ The log text is too large to keep across a reload (the browser’s storage is full); samples, edits and settings are kept.'
        : '⚠ Nothing is kept across a reload: the browser’s storage is full.'}
    </output>
  )
}

import type { ThemeKind } from '../captures/palette'
import { usePlayground } from '../store/index'
import { nextTheme } from '../store/preferences'

const CHOICE_LABEL = { system: 'System', light: 'Light', dark: 'Dark' } as const

export function ThemeToggle({ resolved }: { resolved: ThemeKind }) {
  const theme = usePlayground((state) => state.theme)
  const setTheme = usePlayground((state) => state.setTheme)
  return (
    <button
      type="button"
      className="theme-toggle"
      data-testid="theme-toggle"
      title="Switch theme: system → light → dark"
      onClick={() => setTheme(nextTheme(theme))}
    >
      Theme: {CHOICE_LABEL[theme]}
      {theme === 'system' ? ` (${resolved})` : ''}
    </button>
  )
}

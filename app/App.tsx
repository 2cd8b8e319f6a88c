import { lazy, Suspense, useEffect } from 'react'
import { FramingSetting } from './components/FramingSetting'
import { LearnToggle } from './components/LearnToggle'
import { LearnView } from './components/LearnView'
import { ParseStatus } from './components/ParseStatus'
import { SavingNotice } from './components/SavingNotice'
import { ShareLink } from './components/ShareLink'
import { ThemeToggle } from './components/ThemeToggle'
import type { WorkerStatus } from './store/format'
import { playgroundStore, usePlayground } from './store/index'
import { OUTPUT_TABS } from './store/selection'
import { useResolvedTheme } from './theme/useResolvedTheme'

const Workbench = lazy(() => import('./components/Workbench'))

function describeStatus(status: WorkerStatus): string {
  switch (status.state) {
    case 'starting':
      return 'starting parser…'
    case 'ready':
      return `parser ${status.version} ready`
    case 'failed':
      return `parser failed: ${status.message}`
  }
}

// Alt+1…Alt+7 open the output tabs from anywhere, the editor included.
function useTabShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const tab = OUTPUT_TABS[Number(event.code.replace('Digit', '')) - 1]
      if (!tab) return
      event.preventDefault()
      playgroundStore.getState().setTab(tab)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}

export function App() {
  const status = usePlayground((state) => state.worker)
  const formatName = usePlayground((state) => state.format?.name ?? null)
  const theme = useResolvedTheme()
  const learning = usePlayground((state) => state.view === 'learn')
  useTabShortcuts()

  return (
    <div className="app">
      <header className="app-header">
        <h1>ESXi Parser Playground</h1>
        {formatName && <span className="format-name">{formatName}</span>}
        <output className="worker-status" data-state={status.state}>
          {describeStatus(status)}
        </output>
        <ParseStatus />
        <SavingNotice />
        <span className="spacer" />
        <ShareLink />
        <LearnToggle />
        <FramingSetting />
        <ThemeToggle resolved={theme} />
      </header>
      <main className="app-main">
        {learning ? (
          <LearnView />
        ) : (
          <Suspense fallback={<p className="placeholder">Loading the editor…</p>}>
            <Workbench theme={theme} />
          </Suspense>
        )}
      </main>
    </div>
  )
}

import { type KeyboardEvent, type ReactNode, useCallback, useRef, useState } from 'react'
import { usePasteAsFile } from '../files/pasteAsFile'
import { useController } from '../results/controllerContext'
import { usePlayground } from '../store/index'
import type { MainTab } from '../store/mainPane'
import { FileTab } from './FileTab'
import { LogEditor } from './LogEditor'
import { DefinitionBadge, ParserTab } from './ParserTab'

interface MainPaneTab {
  id: MainTab
  label: string
  /** Shown next to the label, e.g. a status; optional. */
  badge?: () => ReactNode
  content: () => ReactNode
}

/** The middle pane's views, in tab order. A new view is one more entry. */
const MAIN_TABS: readonly MainPaneTab[] = [
  { id: 'logs', label: 'Logs', content: () => <LogEditor /> },
  { id: 'parser', label: 'Parser', badge: () => <DefinitionBadge />, content: () => <ParserTab /> },
  { id: 'file', label: 'File', content: () => <FileTab /> },
]

const TAB_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
}

/**
 * The middle pane: the log lines, the parser definition, and whatever view comes next. A view is
 * mounted the first time it is opened and then kept (hidden), so its editor keeps its undo history,
 * scroll and cursor when the user switches back.
 */
export function MainPane() {
  const active = usePlayground((state) => state.mainTab)
  const setActive = usePlayground((state) => state.setMainTab)
  const [opened, setOpened] = useState<ReadonlySet<MainTab>>(() => new Set([active]))
  const buttons = useRef(new Map<MainTab, HTMLButtonElement>())
  if (!opened.has(active)) setOpened(new Set([...opened, active]))
  const controller = useController()
  // A paste too big for the log editor runs as a file, in the File tab.
  const openAsFile = useCallback(
    (file: File) => {
      setActive('file')
      void controller.files.open(file)
    },
    [controller, setActive],
  )
  usePasteAsFile(openAsFile)

  const onKeyDown = (event: KeyboardEvent) => {
    const move = TAB_KEYS[event.key]
    const index = MAIN_TABS.findIndex((tab) => tab.id === active)
    const next = move ? MAIN_TABS[move(index, MAIN_TABS.length)] : undefined
    if (!next) return
    event.preventDefault()
    setActive(next.id)
    buttons.current.get(next.id)?.focus()
  }

  return (
    <section className="main-pane">
      <div className="tab-list" role="tablist" aria-label="Main views" onKeyDown={onKeyDown}>
        {MAIN_TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`main-tab-${tab.id}`}
            aria-controls={`main-panel-${tab.id}`}
            aria-selected={active === tab.id}
            tabIndex={active === tab.id ? 0 : -1}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element)
              else buttons.current.delete(tab.id)
            }}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
            {tab.badge?.()}
          </button>
        ))}
      </div>
      {MAIN_TABS.filter((tab) => opened.has(tab.id)).map((tab) => (
        <div
          key={tab.id}
          className="main-panel"
          role="tabpanel"
          id={`main-panel-${tab.id}`}
          aria-labelledby={`main-tab-${tab.id}`}
          data-testid={`main-panel-${tab.id}`}
          hidden={active !== tab.id}
        >
          {tab.content()}
        </div>
      ))}
    </section>
  )
}

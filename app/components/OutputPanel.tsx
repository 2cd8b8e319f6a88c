import { type KeyboardEvent, useRef } from 'react'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'
import { OUTPUT_TABS, type OutputTab } from '../store/selection'
import { CapturesTab } from './CapturesTab'
import { DiffTab, useCurrentCheck } from './DiffTab'
import { EventTab } from './EventTab'
import { ExpectedTab } from './ExpectedTab'
import { ExplainTab } from './ExplainTab'
import { RuleTab } from './RuleTab'
import { TraceTab } from './TraceTab'

const TAB_LABEL: Readonly<Record<OutputTab, string>> = {
  event: 'Event',
  rule: 'Rule',
  captures: 'Captures',
  trace: 'Trace',
  diff: 'Diff',
  explain: 'Explain',
  expected: 'Expected',
}

const TAB_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
}

function DiffBadge() {
  const { sample, check } = useCurrentCheck()
  if (!sample || !check) return null
  return (
    <span
      className={`tab-badge ${check.pass ? 'badge-pass' : 'badge-fail'}`}
      data-testid="diff-badge"
      data-status={check.pass ? 'pass' : 'fail'}
    >
      {check.pass ? '✓ pass' : '✗ fail'}
    </span>
  )
}

function TabContent({ tab }: { tab: OutputTab }) {
  switch (tab) {
    case 'event':
      return <EventTab />
    case 'rule':
      return <RuleTab />
    case 'captures':
      return <CapturesTab />
    case 'trace':
      return <TraceTab />
    case 'diff':
      return <DiffTab />
    case 'explain':
      return <ExplainTab />
    case 'expected':
      return <ExpectedTab />
  }
}

export function OutputPanel() {
  const tab = usePlayground((state) => state.tab)
  const setTab = usePlayground((state) => state.setTab)
  // The line shown: the editor's, or the file's line picked in the File tab.
  const { line } = useCurrentLine()
  const buttons = useRef(new Map<OutputTab, HTMLButtonElement>())

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Home and End jump to the ends.
  const onKeyDown = (event: KeyboardEvent) => {
    const move = TAB_KEYS[event.key]
    const next = move ? OUTPUT_TABS[move(OUTPUT_TABS.indexOf(tab), OUTPUT_TABS.length)] : undefined
    if (!next) return
    event.preventDefault()
    setTab(next)
    buttons.current.get(next)?.focus()
  }

  return (
    <section className="output-panel" aria-label={`Output for line ${line}`}>
      <div className="tab-list" role="tablist" aria-label="Output views" onKeyDown={onKeyDown}>
        {OUTPUT_TABS.map((name, index) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-controls={`panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            title={`${TAB_LABEL[name]} (Alt+${index + 1})`}
            ref={(element) => {
              if (element) buttons.current.set(name, element)
              else buttons.current.delete(name)
            }}
            onClick={() => setTab(name)}
          >
            {TAB_LABEL[name]}
            {name === 'diff' && <DiffBadge />}
          </button>
        ))}
        <span className="tab-line">line {line}</span>
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        data-testid={`panel-${tab}`}
      >
        <TabContent tab={tab} />
      </div>
    </section>
  )
}

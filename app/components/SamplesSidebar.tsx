import { type KeyboardEvent, useMemo } from 'react'
import { usePlayground } from '../store/index'
import { filterSamples, type SampleStatusFilter } from '../store/samples'
import { showHidden } from '../text/showHidden'
import { FormatPicker } from './FormatPicker'
import { RegressionDelta } from './RegressionSummary'
import { UserSamples } from './UserSamples'

const STATUS_OPTIONS: readonly { value: SampleStatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'pass', label: 'Passing' },
  { value: 'fail', label: 'Failing' },
]

// Up and down arrows walk the list, as in a listbox.
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
  const index = items.findIndex((item) => item.contains(document.activeElement))
  const next = items[event.key === 'ArrowDown' ? index + 1 : index - 1]
  if (!next) return
  event.preventDefault()
  next.focus()
}

export function SamplesSidebar() {
  const samples = usePlayground((state) => state.samples)
  const query = usePlayground((state) => state.sampleQuery)
  const status = usePlayground((state) => state.sampleStatus)
  const setQuery = usePlayground((state) => state.setSampleQuery)
  const setStatus = usePlayground((state) => state.setSampleStatus)
  const openSample = usePlayground((state) => state.openSample)
  const pinned = usePlayground((state) => state.pin?.sample ?? null)
  const shown = useMemo(() => filterSamples(samples, query, status), [samples, query, status])
  const passing = samples.filter((sample) => sample.pass).length

  return (
    <aside className="samples-sidebar" aria-label="Samples">
      <FormatPicker />
      <header className="samples-header">
        <h2>Samples</h2>
        <output
          data-testid="samples-count"
          className={passing === samples.length ? 'count-all-pass' : 'count-some-fail'}
        >
          {passing} / {samples.length} passing
        </output>
        <RegressionDelta />
      </header>
      <div className="samples-filters">
        <input
          type="search"
          placeholder="Filter by name"
          aria-label="Filter samples by name"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          aria-label="Filter samples by status"
          value={status}
          onChange={(event) => {
            const option = STATUS_OPTIONS.find((entry) => entry.value === event.target.value)
            if (option) setStatus(option.value)
          }}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <ul className="samples-list" onKeyDown={moveFocus}>
        {shown.map((sample) => (
          <li key={sample.name}>
            <button
              type="button"
              className={sample.name === pinned ? 'sample-item pinned' : 'sample-item'}
              data-sample={sample.name}
              data-status={sample.pass ? 'pass' : 'fail'}
              title={showHidden(sample.message)}
              onClick={() => openSample(sample)}
            >
              <span className="sample-status" aria-hidden="true">
                {sample.pass ? '✓' : '✗'}
              </span>
              <span className="visually-hidden">{sample.pass ? 'passing: ' : 'failing: '}</span>
              <span className="sample-name">{sample.name}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="placeholder">No sample matches the filter.</li>}
      </ul>
      <UserSamples />
    </aside>
  )
}

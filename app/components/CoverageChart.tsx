import type { KeyboardEvent } from 'react'
import type { CoverageBar } from '../files/coverage'
import type { CoverageKey } from '../files/fileResults'

const BAR_HEIGHT = 18
const GAP = 4
const LABEL_WIDTH = 220
const COUNT_WIDTH = 70
const WIDTH = 560

/**
 * Lines per rule, and the lines no rule covers, as horizontal bars (plain SVG). A click on a bar
 * filters the results list to its lines; a click on the selected bar clears the filter.
 */
export function CoverageChart({
  bars,
  selected,
  onSelect,
}: {
  bars: readonly CoverageBar[]
  selected: CoverageKey | null
  onSelect: (key: CoverageKey | null) => void
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.count))
  const total = bars.reduce((sum, bar) => sum + bar.count, 0)
  const barWidth = WIDTH - LABEL_WIDTH - COUNT_WIDTH
  const toggle = (key: CoverageKey) => onSelect(selected === key ? null : key)
  const onKeyDown = (event: KeyboardEvent, key: CoverageKey) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    toggle(key)
  }
  return (
    <figure className="coverage-chart" data-testid="coverage-chart" data-total={total}>
      <figcaption>
        Coverage: {total.toLocaleString('en')} lines over {bars.length} categories
      </figcaption>
      <svg width={WIDTH} height={bars.length * (BAR_HEIGHT + GAP)} aria-label="Lines per rule">
        {bars.map((bar, index) => {
          const y = index * (BAR_HEIGHT + GAP)
          const isSelected = selected === bar.key
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be an HTML button
            <g
              key={bar.key}
              data-testid="coverage-bar"
              data-rule={bar.key}
              data-count={bar.count}
              className={isSelected ? 'coverage-bar selected' : 'coverage-bar'}
              role="button"
              tabIndex={0}
              aria-pressed={isSelected}
              aria-label={`${bar.key}: ${bar.count} lines`}
              onClick={() => toggle(bar.key)}
              onKeyDown={(event) => onKeyDown(event, bar.key)}
            >
              {/* The whole row takes the click, not only the bar's ink. */}
              <rect className="coverage-hit" x={0} y={y} width={WIDTH} height={BAR_HEIGHT} />
              <text x={LABEL_WIDTH - 6} y={y + BAR_HEIGHT - 5} textAnchor="end">
                {bar.key.length > 30 ? `${bar.key.slice(0, 29)}…` : bar.key}
              </text>
              <rect
                className="coverage-fill"
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(bar.count > 0 ? 2 : 0, (bar.count / max) * barWidth)}
                height={BAR_HEIGHT}
              />
              <text x={WIDTH - COUNT_WIDTH + 6} y={y + BAR_HEIGHT - 5}>
                {bar.count.toLocaleString('en')}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

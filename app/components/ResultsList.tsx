import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, useRef } from 'react'
import type { FileResults, RowSelection } from '../files/fileResults'
import { showHidden } from '../text/showHidden'
import { describeProbe, type FileRow } from '../worker/fileRunProtocol'

const ROW_HEIGHT = 24

function outcomeLabel(row: FileRow): string {
  switch (row.outcome.kind) {
    case 'parsed':
      return row.outcome.rule ?? 'no rule matched'
    case 'timedOut':
      return `timed out (${describeProbe(row.outcome.where)})`
    case 'tooLong':
      return `not parsed: ${Math.round(row.outcome.bytes / 1024)} KiB, over the 64 KiB line limit`
  }
}

/**
 * One row per line of the file (those the filter lets through): line number, rule or outcome, key
 * fields, the line's head. Only the rows in view are rendered, whatever the file's size.
 */
export function ResultsList({
  results,
  indexes,
  selected,
  onSelect,
}: {
  results: FileResults
  /** Which rows of `results` to list, in order. */
  indexes: RowSelection
  /** The selected row's line, if any. */
  selected: number | null
  onSelect: (row: FileRow) => void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: indexes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  // Arrow keys move the selection through the listed rows, scrolling it into view.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    let at = -1
    for (let position = 0; position < indexes.length && at < 0; position++) {
      if (results.row(indexes.indexAt(position))?.line === selected) at = position
    }
    const next = Math.min(indexes.length - 1, Math.max(0, at + step))
    const row = results.row(indexes.indexAt(next))
    if (!row) return
    onSelect(row)
    virtualizer.scrollToIndex(next)
  }

  return (
    <div
      ref={scroller}
      className="results-list"
      data-testid="results-list"
      data-count={indexes.length}
      role="listbox"
      tabIndex={0}
      aria-label="Lines of the file"
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = results.row(indexes.indexAt(item.index))
          if (!row) return null
          return (
            <div
              key={item.key}
              className="results-row"
              data-testid="results-row"
              data-outcome={row.outcome.kind}
              role="option"
              aria-selected={row.line === selected}
              tabIndex={-1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(row)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onSelect(row)
              }}
            >
              <span className="results-line">{row.line + 1}</span>
              <span className="results-rule" data-outcome={row.outcome.kind}>
                {outcomeLabel(row)}
              </span>
              <span className="results-fields">{showHidden(row.fields)}</span>
              <span className="results-excerpt">{showHidden(row.excerpt)}</span>
            </div>
          )
        })}
      </div>
    </div>
  )
}

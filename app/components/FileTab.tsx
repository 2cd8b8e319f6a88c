import { type ClipboardEvent, type DragEvent, useEffect, useMemo, useState } from 'react'
import { coverageBars } from '../files/coverage'
import { NO_FILTER, type RowFilter } from '../files/fileResults'
import { useController } from '../results/controllerContext'
import { downloadFile } from '../share/download'
import { usePlayground } from '../store/index'
import type { FileRow } from '../worker/fileRunProtocol'
import { MAX_FILE_BYTES, MAX_FILE_LINES } from '../worker/fileRunProtocol'
import { CoverageChart } from './CoverageChart'
import { FileProgress } from './FileProgress'
import { ResultsList } from './ResultsList'
import { WatchdogSetting } from './WatchdogSetting'

const LIMITS = `up to ${MAX_FILE_LINES.toLocaleString('en')} lines / ${MAX_FILE_BYTES / 1024 / 1024} MB; lines over 64 KiB are listed, not parsed`

function OpenFile({ onOpen }: { onOpen: (file: File) => void }) {
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    // The page-wide drop of sample files must not take a log file too.
    event.stopPropagation()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onOpen(file)
  }
  // A pasted log is run as a file named after the paste, however long it is.
  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData.getData('text/plain')
    if (text === '') return
    event.preventDefault()
    onOpen(new File([text], 'pasted.log', { type: 'text/plain' }))
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop and paste target wraps a real file input
    <div
      className={over ? 'file-open drag-over' : 'file-open'}
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault()
        event.stopPropagation()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      <label>
        Open a log file{' '}
        <input
          type="file"
          data-testid="open-log-file"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) onOpen(file)
            event.target.value = ''
          }}
        />
      </label>
      <span className="file-open-hint">
        or drop it here, or click here and paste a log ({LIMITS})
      </span>
    </div>
  )
}

/** An export in progress (lines done of total), or the reason the last one failed; null: neither. */
type ExportState = { done: number; total: number } | { failure: string } | null

const percent = (done: number, total: number) =>
  `${total === 0 ? 100 : Math.floor((100 * done) / total)} %`

/**
 * A whole log file: opened, parsed in the worker with progress, listed line by line, its rule
 * coverage charted, its events exported as NDJSON. A picked line opens in the output panel.
 */
export function FileTab() {
  const controller = useController()
  const run = usePlayground((state) => state.fileRun)
  const rules = usePlayground((state) => state.format?.rules ?? null)
  const selectFileLine = usePlayground((state) => state.selectFileLine)
  const selected = usePlayground((state) => state.fileLine?.line ?? null)
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER)
  const [exported, setExported] = useState<ExportState>(null)
  const results = run?.results ?? null
  const version = run?.version ?? 0
  // Shown the tab, the user is about to open a file: the helper workers load the format meanwhile.
  useEffect(() => controller.files.prepare(), [controller])

  // biome-ignore lint/correctness/useExhaustiveDependencies: results grow in place; version counts it
  const indexes = useMemo(
    () => results?.matching(filter) ?? { length: 0, indexAt: () => -1 },
    [results, filter, version],
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: results grow in place; version counts it
  const bars = useMemo(
    () => coverageBars(results?.coverage() ?? [], rules?.map((rule) => rule.name) ?? []),
    [results, rules, version],
  )

  const open = (file: File) => {
    setFilter(NO_FILTER)
    void controller.files.open(file)
  }
  const pick = async (row: FileRow) => {
    if (!run || row.outcome.kind === 'tooLong') {
      selectFileLine(null)
      return
    }
    const text = await run.file.slice(row.start, row.end).text()
    selectFileLine({ line: row.line, text })
  }
  const exportNdjson = async () => {
    if (!run) return
    const base = run.name.replace(/\.[^.]*$/, '') || 'events'
    setExported({ done: 0, total: run.done })
    try {
      const events = await controller.files.export((done, total) => setExported({ done, total }))
      downloadFile(`${base}.ndjson`, events, 'application/x-ndjson')
      setExported(null)
    } catch (error) {
      setExported({ failure: String(error) })
    }
  }
  const exporting = exported !== null && 'done' in exported

  return (
    <section className="file-tab" aria-label="Whole log file" data-testid="file-tab">
      <div className="file-tab-header">
        <OpenFile onOpen={open} />
        <WatchdogSetting />
      </div>
      {run && (
        <>
          <div className="file-run-line">
            <strong className="file-name">{run.name}</strong>
            <FileProgress run={run} onCancel={() => void controller.files.cancel()} />
            <button
              type="button"
              data-testid="export-ndjson"
              disabled={run.state === 'running' || run.done === 0 || exporting}
              onClick={() => void exportNdjson()}
            >
              {exporting ? `Exporting… ${percent(exported.done, exported.total)}` : 'Export NDJSON'}
            </button>
          </div>
          {exported !== null && 'failure' in exported && (
            <p className="file-limit" role="alert">
              The export failed: {exported.failure}
            </p>
          )}
          {run.limit && (
            <p className="file-limit" role="status" data-testid="file-limit">
              File too large: {run.limit}.
            </p>
          )}
          {run.failure && (
            <p className="file-limit" role="alert">
              The run failed: {run.failure}
            </p>
          )}
          <CoverageChart
            bars={bars}
            selected={filter.category}
            onSelect={(category) => setFilter({ ...filter, category })}
          />
          <div className="results-filter">
            <label>
              Filter{' '}
              <input
                type="search"
                data-testid="results-filter-text"
                value={filter.text}
                placeholder="text in the line or its key fields"
                onChange={(event) => setFilter({ ...filter, text: event.target.value })}
              />
            </label>
            {filter.category !== null && (
              <button type="button" onClick={() => setFilter({ ...filter, category: null })}>
                Showing {filter.category} ✕
              </button>
            )}
            <span data-testid="results-shown">{indexes.length.toLocaleString('en')} lines</span>
          </div>
          {results && (
            <ResultsList
              results={results}
              indexes={indexes}
              selected={selected}
              onSelect={(row) => void pick(row)}
            />
          )}
        </>
      )}
    </section>
  )
}

import type { FileRunView } from '../store/fileRun'

const count = (n: number) => n.toLocaleString('en')

/** How far a run is: lines done of all, percent, speed, and a cancel button while it runs. */
export function FileProgress({ run, onCancel }: { run: FileRunView; onCancel: () => void }) {
  const { done, total, state } = run
  const percent = total ? Math.floor((done / total) * 100) : state === 'done' ? 100 : 0
  return (
    <div
      className="file-progress"
      data-testid="file-progress"
      data-done={done}
      data-total={total ?? ''}
      data-state={state}
    >
      <progress max={total ?? 1} value={total ? done : 0} aria-label={`Parsing ${run.name}`} />
      <span className="file-progress-text">
        {count(done)} / {total === null ? '…' : count(total)} lines · {percent} %
        {run.linesPerSecond > 0 && ` · ${count(run.linesPerSecond)} lines/s`}
        {state === 'cancelled' && ' · cancelled'}
        {state === 'failed' && ' · failed'}
      </span>
      {state === 'running' && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  )
}

import type { ActionTrace, StepTrace } from '../../parser/types'
import { useCurrentLine } from '../results/currentLine'

const STATUS_TEXT: Readonly<Record<StepTrace['status'], string>> = {
  ran: 'ran',
  filtered: 'filtered out',
  error: 'error',
}

function ActionRow({ action }: { action: ActionTrace }) {
  return (
    <li className={`trace-action status-${action.status}`} data-status={action.status}>
      <span className="trace-action-title">
        {action.kind} #{action.index + 1} · <strong>{STATUS_TEXT[action.status]}</strong>
      </span>
      {action.error && <span className="trace-error">{action.error}</span>}
      {action.writes.length > 0 && (
        <ul className="trace-writes" aria-label="Fields written">
          {action.writes.map((write) => (
            <li key={`w-${write.field}`}>
              <code>{write.field}</code> ← <code>{JSON.stringify(write.value)}</code>
            </li>
          ))}
        </ul>
      )}
      {action.skipped.length > 0 && (
        <ul className="trace-skips" aria-label="Fields left alone">
          {action.skipped.map((skip) => (
            <li key={`s-${skip.field}`}>
              <code>{skip.field}</code> not written: {skip.reason}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

export function TraceTab() {
  const current = useCurrentLine()
  const trace = current.result?.result.trace
  if (!trace) return <p className="placeholder">Parsing…</p>
  return (
    <div className="trace-tab">
      <p>
        Grok: {trace.rule ? <code>{trace.rule}</code> : 'no rule matched'} · {trace.captures.length}{' '}
        captures
      </p>
      <ol className="trace-steps">
        {trace.steps.map((step) => {
          const actions = trace.actions.filter((action) => action.stage === step.name)
          return (
            <li
              key={step.name}
              className={`trace-step status-${step.status}`}
              data-status={step.status}
            >
              <span className="trace-step-title">
                <code>{step.name}</code> ({step.kind}) · <strong>{STATUS_TEXT[step.status]}</strong>
              </span>
              {step.error && <span className="trace-error">{step.error}</span>}
              {step.kind === 'framing' && trace.framing && (
                <span className="trace-framing" data-testid="trace-framing">
                  {' '}
                  header: <code>{trace.framing.kind}</code>
                  {trace.framing.diagnostic && ` (not recognised: ${trace.framing.diagnostic})`}
                </span>
              )}
              {actions.length > 0 && (
                <ul className="trace-actions">
                  {actions.map((action) => (
                    <ActionRow key={`${action.stage}-${action.index}`} action={action} />
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}

import { useEffect, useState } from 'react'
import { MAX_WATCHDOG_MS, MIN_WATCHDOG_MS } from '../store/fileRun'
import { usePlayground } from '../store/index'

/** The watchdog's bound on one line's parse, in milliseconds; applied when the field is left. */
export function WatchdogSetting() {
  const watchdogMs = usePlayground((state) => state.watchdogMs)
  const setWatchdogMs = usePlayground((state) => state.setWatchdogMs)
  const [draft, setDraft] = useState(String(watchdogMs))
  useEffect(() => setDraft(String(watchdogMs)), [watchdogMs])
  const apply = () => {
    const ms = Number(draft)
    if (draft.trim() === '' || !Number.isFinite(ms)) setDraft(String(watchdogMs))
    else setWatchdogMs(ms)
  }
  return (
    <label
      className="watchdog-setting"
      title="A line whose parse takes longer is stopped and marked 'timed out'"
    >
      Time limit per line{' '}
      <input
        type="number"
        data-testid="watchdog-ms"
        min={MIN_WATCHDOG_MS}
        max={MAX_WATCHDOG_MS}
        step={100}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply()
        }}
      />{' '}
      ms
    </label>
  )
}

import { usePlayground } from '../store/index'

/** UTC and a few zones ESXi hosts commonly run in; stamps without a zone are read in the choice. */
const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
]

/** The header's framing switch: strip syslog and ESXi log-file headers, and the zone of their stamps. */
export function FramingSetting() {
  const framing = usePlayground((state) => state.framing)
  const setFraming = usePlayground((state) => state.setFraming)
  return (
    <fieldset className="framing-setting" data-testid="framing-setting">
      <legend className="visually-hidden">Log framing</legend>
      <label title="Recognise syslog and ESXi log-file headers, and fill their fields">
        <input
          type="checkbox"
          checked={framing.enabled}
          onChange={(event) => setFraming({ ...framing, enabled: event.target.checked })}
        />{' '}
        Framing: {framing.enabled ? 'on' : 'off'}
      </label>
      <label title="The zone of header timestamps that carry none (RFC 3164 stamps)">
        <span className="visually-hidden">Timezone</span>
        <select
          value={framing.timezone}
          disabled={!framing.enabled}
          onChange={(event) => setFraming({ ...framing, timezone: event.target.value })}
        >
          {ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  )
}

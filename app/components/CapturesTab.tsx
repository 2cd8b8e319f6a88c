import { fieldsFedBy, sameCapture } from '../captures/feeds'
import { paintLine } from '../captures/paint'
import { captureClass } from '../captures/palette'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'

export function CapturesTab() {
  const current = useCurrentLine()
  const hoveredCapture = usePlayground((state) => state.hoveredCapture)
  const hoveredField = usePlayground((state) => state.hoveredField)
  const setHoveredCapture = usePlayground((state) => state.setHoveredCapture)
  const setHoveredField = usePlayground((state) => state.setHoveredField)

  const trace = current.result?.result.trace
  if (!trace || current.text === null) return <p className="placeholder">Parsing…</p>
  if (trace.captures.length === 0) {
    return <p className="placeholder">No captures: no rule matched this line.</p>
  }
  const fed = hoveredCapture ? fieldsFedBy(trace.fieldSources, hoveredCapture) : []
  return (
    <div className="captures-tab">
      <pre className="captured-line" title="The line with its captures coloured">
        {paintLine(current.text, trace.captures).map((segment) => {
          const capture = segment.capture
          // Segments tile the line, so their offsets are unique keys.
          const key = segment.start
          return capture ? (
            <span key={key} className={captureClass(capture.field)} title={capture.field}>
              {showHidden(segment.text)}
            </span>
          ) : (
            <span key={key}>{showHidden(segment.text)}</span>
          )
        })}
      </pre>
      <table className="captures-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Span</th>
            <th scope="col">Feeds</th>
          </tr>
        </thead>
        <tbody>
          {trace.captures.map((capture) => {
            const active = hoveredCapture !== null && sameCapture(capture, hoveredCapture)
            const feeds = fieldsFedBy(trace.fieldSources, capture)
            return (
              <tr
                key={`${capture.field}@${capture.start}-${capture.end}`}
                tabIndex={0}
                className={active ? 'capture-row active' : 'capture-row'}
                data-capture={capture.field}
                onMouseEnter={() => setHoveredCapture(capture)}
                onMouseLeave={() => setHoveredCapture(null)}
                onFocus={() => setHoveredCapture(capture)}
                onBlur={() => setHoveredCapture(null)}
              >
                <td>
                  <span className={`capture-swatch ${captureClass(capture.field)}`}>
                    {capture.field}
                  </span>
                </td>
                <td>
                  <code>{JSON.stringify(capture.value)}</code>
                </td>
                <td>
                  {capture.start}–{capture.end}
                </td>
                <td>
                  {feeds.map((field) => (
                    <button
                      type="button"
                      key={field}
                      className={
                        fed.includes(field) || hoveredField === field
                          ? 'field-chip active'
                          : 'field-chip'
                      }
                      onMouseEnter={() => setHoveredField(field)}
                      onMouseLeave={() => setHoveredField(null)}
                      onFocus={() => setHoveredField(field)}
                      onBlur={() => setHoveredField(null)}
                    >
                      {field}
                    </button>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

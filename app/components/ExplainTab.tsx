import { useEffect, useMemo } from 'react'
import { eventFields } from '../explain/eventFields'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'
import { RelationGraph } from './RelationGraph'
import { ScenarioNote } from './ScenarioNote'

function FieldRow({ field, value }: { field: string; value: string }) {
  const doc = usePlayground((state) => state.docs[field])
  const setHoveredField = usePlayground((state) => state.setHoveredField)
  const enter = () => setHoveredField(field)
  const leave = () => setHoveredField(null)
  // A button, so keyboard users reach each field and get the same source highlight on focus.
  return (
    <li className="explain-field" data-field={field}>
      <button
        type="button"
        className="explain-field-name"
        onMouseEnter={enter}
        onMouseLeave={leave}
        onFocus={enter}
        onBlur={leave}
      >
        {field}
      </button>
      <span className="explain-field-value">{showHidden(value)}</span>
      <span className="explain-field-doc">
        {doc === undefined ? '' : doc === null ? 'Not an ECS field.' : doc.description}
      </span>
    </li>
  )
}

export function ExplainTab() {
  const controller = useController()
  const current = useCurrentLine()
  const event = current.result?.result.event
  const fields = useMemo(() => (event ? eventFields(event) : []), [event])

  useEffect(() => {
    if (fields.length > 0) void controller.ensureDocs(fields.map((entry) => entry.field))
  }, [controller, fields])

  if (!current.result) {
    return <p className="placeholder">{current.text === null ? 'No line.' : 'Parsing…'}</p>
  }
  const { description, scenario } = current.result
  return (
    <div className="explain-tab">
      <p className="explain-description" data-testid="explain-description">
        {description ? showHidden(description.text) : 'No description applies to this event.'}
      </p>
      {description && description.relationships.length > 0 && (
        <RelationGraph relationships={description.relationships} />
      )}
      {scenario && <ScenarioNote scenario={scenario} />}
      <h3>Fields</h3>
      <ul className="explain-fields" aria-label="Fields of the event">
        {fields.map((entry) => (
          <FieldRow key={entry.field} field={entry.field} value={entry.value} />
        ))}
      </ul>
    </div>
  )
}

import { type Exercise, type Grades, QUESTION_FIELDS } from '../learn/questions'
import { HighlightedLine } from './HighlightedLine'
import { ScenarioNote } from './ScenarioNote'

/** After the answers: the line with the asked fields' source characters, the sentence, the note, the event. */
export function ExerciseReveal({ exercise, grades }: { exercise: Exercise; grades: Grades }) {
  const { line } = exercise
  const sources = line.result.trace.fieldSources
  const captures = Object.values(QUESTION_FIELDS).flatMap((field) => sources[field] ?? [])
  const right = Object.values(grades).filter(Boolean).length
  return (
    <section className="exercise-reveal" aria-label="Answer" data-testid="exercise-reveal">
      <p className="reveal-summary">
        {right} of {Object.keys(grades).length} right.
      </p>
      <HighlightedLine
        text={line.text}
        captures={captures}
        label="Where user.name, source.ip and the event's kind come from in the line"
      />
      {line.description && <p className="explain-description">{line.description.text}</p>}
      {line.scenario ? (
        <ScenarioNote scenario={line.scenario} />
      ) : (
        <p>No security scenario applies to this line.</p>
      )}
      <details>
        <summary>The parsed event</summary>
        <pre className="reveal-event">{JSON.stringify(line.result.event, null, 2)}</pre>
      </details>
    </section>
  )
}

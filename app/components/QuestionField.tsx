import type { Question } from '../learn/questions'

interface Props {
  question: Question
  value: string
  onChange: (value: string) => void
  /** Once revealed, the question is locked and says whether it was answered right. */
  verdict: { right: boolean; accepted: readonly string[] } | null
}

function Verdict({ verdict }: { verdict: NonNullable<Props['verdict']> }) {
  return (
    <span className={verdict.right ? 'verdict verdict-right' : 'verdict verdict-wrong'}>
      {verdict.right ? '✓ right' : `✗ wrong: ${verdict.accepted.join(' or ')}`}
    </span>
  )
}

/** A choice question is a radio group (arrow keys move within it); the others are a text box. */
export function QuestionField({ question, value, onChange, verdict }: Props) {
  const id = `question-${question.id}`
  if (question.choices === null) {
    return (
      <div className="question" data-question={question.id}>
        <label htmlFor={id}>{question.prompt}</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          disabled={verdict !== null}
          onChange={(event) => onChange(event.target.value)}
        />
        {verdict && <Verdict verdict={verdict} />}
      </div>
    )
  }
  return (
    <fieldset className="question" data-question={question.id} disabled={verdict !== null}>
      <legend>{question.prompt}</legend>
      <div className="choices">
        {question.choices.map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={id}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {choice}
          </label>
        ))}
      </div>
      {verdict && <Verdict verdict={verdict} />}
    </fieldset>
  )
}

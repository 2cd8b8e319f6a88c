import { type FormEvent, useState } from 'react'
import { type Answers, type Exercise, type Grades, grade } from '../learn/questions'
import { usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'
import { ExerciseReveal } from './ExerciseReveal'
import { QuestionField } from './QuestionField'

/** One exercise: the raw line, its questions, and once revealed, the grades and the parsed event. */
export function ExerciseCard({ exercise, onNext }: { exercise: Exercise; onNext: () => void }) {
  const record = usePlayground((state) => state.record)
  const [answers, setAnswers] = useState<Answers>({})
  const [grades, setGrades] = useState<Grades | null>(null)

  const reveal = (event: FormEvent) => {
    event.preventDefault()
    if (grades) return
    const graded = grade(exercise, answers)
    setGrades(graded)
    record(exercise.sample, Object.values(graded).filter(Boolean).length, exercise.questions.length)
  }

  return (
    <form className="exercise" aria-label={`Exercise ${exercise.sample}`} onSubmit={reveal}>
      <figure className="learn-line">
        <figcaption>Log line</figcaption>
        <pre data-testid="exercise-line">{showHidden(exercise.line.text)}</pre>
      </figure>
      {exercise.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={answers[question.id] ?? ''}
          onChange={(value) => setAnswers((previous) => ({ ...previous, [question.id]: value }))}
          verdict={
            grades && { right: grades[question.id], accepted: exercise.accepted[question.id] }
          }
        />
      ))}
      {grades ? (
        <>
          <ExerciseReveal exercise={exercise} grades={grades} />
          <button type="button" className="primary" onClick={onNext}>
            Next exercise
          </button>
        </>
      ) : (
        <button type="submit" className="primary">
          Reveal
        </button>
      )}
    </form>
  )
}

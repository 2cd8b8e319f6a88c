import { useEffect } from 'react'
import { useController } from '../results/controllerContext'
import { usePlayground } from '../store/index'
import { EXAM_LENGTH } from '../store/learn'
import { ExerciseCard } from './ExerciseCard'

function LearnHeader() {
  const mode = usePlayground((state) => state.learn.mode)
  const position = usePlayground((state) => state.learn.position)
  const total = usePlayground((state) => state.learn.queue.length)
  const correct = usePlayground((state) => state.learn.correct)
  const asked = usePlayground((state) => state.learn.asked)
  const completed = usePlayground((state) => state.learn.completed.length)
  const start = usePlayground((state) => state.start)
  return (
    <header className="learn-header">
      <h2>{mode === 'exam' ? 'Exam' : 'Practice'}</h2>
      <output data-testid="learn-progress">
        Exercise {Math.min(position + 1, total)} of {total}
      </output>
      <output data-testid="learn-score" aria-live="polite">
        Score: {correct} / {asked}
      </output>
      <span className="learn-completed">Lines answered: {completed}</span>
      <span className="spacer" />
      <button type="button" onClick={() => start('practice')}>
        Practice all lines
      </button>
      <button type="button" onClick={() => start('exam')}>
        Exam: {EXAM_LENGTH} random lines
      </button>
    </header>
  )
}

/** Exercises on the samples' lines; the score and the place in the queue survive reloads. */
export function LearnView() {
  const controller = useController()
  const rev = usePlayground((state) => state.format?.rev ?? null)
  const framing = usePlayground((state) => state.framing)
  const exercises = usePlayground((state) => state.exercises)
  const position = usePlayground((state) => state.learn.position)
  const round = usePlayground((state) => state.learn.round ?? 0)
  const sample = usePlayground((state) => state.learn.queue[state.learn.position] ?? null)
  const correct = usePlayground((state) => state.learn.correct)
  const asked = usePlayground((state) => state.learn.asked)
  const next = usePlayground((state) => state.next)

  // A new parser or framing setting may change every answer: the exercises are rebuilt.
  useEffect(() => {
    if (rev !== null) void controller.loadExercises(rev, framing)
  }, [controller, rev, framing])

  const exercise = sample === null ? undefined : exercises?.get(sample)
  return (
    <section className="learn-view" aria-label="Learn">
      <LearnHeader />
      {exercises === null ? (
        <p className="placeholder">Preparing exercises…</p>
      ) : exercise ? (
        <ExerciseCard
          key={`${round}:${position}:${exercise.sample}`}
          exercise={exercise}
          onNext={next}
        />
      ) : (
        <p className="learn-done" data-testid="learn-done">
          Done: {correct} of {asked} answers right. Start a practice round or an exam above.
        </p>
      )}
    </section>
  )
}

import type { StateCreator } from 'zustand'
import type { Exercise } from '../learn/questions'
import type { PlaygroundState } from './types'

export type View = 'workbench' | 'learn'
export type LearnMode = 'practice' | 'exam'

/** Where the learner is and how well they did; kept across reloads. */
export interface LearnProgress {
  mode: LearnMode
  /** Sample names, in the order they are asked. */
  queue: readonly string[]
  position: number
  correct: number
  asked: number
  /** Samples whose exercise has been answered at least once. */
  completed: readonly string[]
  /**
   * The exercise at `position` has been graded. A reload shows it again (the answers are not
   * kept), and grading it again must not count it twice. Absent in progress saved before it existed.
   */
  graded?: boolean
  /** Counts the rounds started, so that a new round's first exercise is a fresh card. */
  round?: number
}

export const EMPTY_PROGRESS: LearnProgress = {
  mode: 'practice',
  queue: [],
  position: 0,
  correct: 0,
  asked: 0,
  completed: [],
}

export const EXAM_LENGTH = 5

export interface LearnSlice {
  view: View
  learn: LearnProgress
  /** Exercises of the current parser, by sample name; null until the worker has parsed them. */
  exercises: ReadonlyMap<string, Exercise> | null
  setView: (view: View) => void
  setExercises: (exercises: readonly Exercise[]) => void
  /** Practice walks every exercise in sample order; an exam asks `count` of them, picked by `random`. */
  start: (mode: LearnMode, count?: number, random?: () => number) => void
  record: (sample: string, correct: number, asked: number) => void
  next: () => void
}

function pick(names: readonly string[], count: number, random: () => number): string[] {
  const pool = [...names]
  // Fisher–Yates, cut short once `count` names are drawn.
  for (let index = 0; index < Math.min(count, pool.length); index++) {
    const other = index + Math.floor(random() * (pool.length - index))
    const drawn = pool[other] ?? ''
    pool[other] = pool[index] ?? ''
    pool[index] = drawn
  }
  return pool.slice(0, count)
}

export const createLearnSlice: StateCreator<PlaygroundState, [], [], LearnSlice> = (set) => ({
  view: 'workbench',
  learn: EMPTY_PROGRESS,
  exercises: null,
  setView: (view) => set({ view }),
  setExercises: (exercises) =>
    set((state) => {
      const byName = new Map(exercises.map((exercise) => [exercise.sample, exercise]))
      // A first visit, or a queue naming samples the format no longer has, starts practice afresh.
      const stale =
        state.learn.queue.length === 0 || state.learn.queue.some((name) => !byName.has(name))
      return {
        exercises: byName,
        learn: stale
          ? { ...state.learn, mode: 'practice', queue: [...byName.keys()], position: 0 }
          : state.learn,
      }
    }),
  start: (mode, count = EXAM_LENGTH, random = Math.random) =>
    set((state) => {
      const names = [...(state.exercises?.keys() ?? [])]
      const queue = mode === 'exam' ? pick(names, count, random) : names
      const fresh = mode === 'exam' ? { correct: 0, asked: 0 } : {}
      const round = (state.learn.round ?? 0) + 1
      return { learn: { ...state.learn, ...fresh, mode, queue, position: 0, graded: false, round } }
    }),
  record: (sample, correct, asked) =>
    set((state) => ({
      learn: {
        ...state.learn,
        correct: state.learn.correct + (state.learn.graded ? 0 : correct),
        asked: state.learn.asked + (state.learn.graded ? 0 : asked),
        graded: true,
        completed: state.learn.completed.includes(sample)
          ? state.learn.completed
          : [...state.learn.completed, sample],
      },
    })),
  next: () =>
    set((state) => ({
      learn: {
        ...state.learn,
        position: Math.min(state.learn.position + 1, state.learn.queue.length),
        graded: false,
      },
    })),
})

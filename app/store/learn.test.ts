import { describe, expect, it } from 'vitest'
import { buildExercises } from '../learn/questions'
import { memoryStorage } from '../testing/memoryStorage'
import type { LineResult } from '../worker/protocol'
import { createPlaygroundStore, type Persisted } from './create'
import { lazyJsonStorage } from './lazyStorage'

function line(sample: string): LineResult {
  return {
    text: sample,
    sample,
    description: null,
    scenario: null,
    result: {
      event: { message: sample },
      trace: { rule: 'R_X', captures: [], steps: [], actions: [], fieldSources: {} },
    },
  }
}

const exercises = buildExercises(['A', 'B', 'C', 'D'].map(line))

function newStore(memory = memoryStorage()) {
  const storage = lazyJsonStorage<Persisted>(memory)
  return { memory, storage, store: createPlaygroundStore(storage) }
}

describe('learn slice', () => {
  it('starts practice over every exercise and counts the score as answers are recorded', () => {
    const { store } = newStore()
    store.getState().setExercises(exercises)
    expect(store.getState().learn.queue).toEqual(['A', 'B', 'C', 'D'])
    store.getState().record('A', 6, 6)
    store.getState().next()
    store.getState().record('B', 2, 6)
    expect(store.getState().learn).toMatchObject({ position: 1, correct: 8, asked: 12 })
    expect(store.getState().learn.completed).toEqual(['A', 'B'])
  })

  it('draws an exam of distinct exercises and resets its score', () => {
    const { store } = newStore()
    store.getState().setExercises(exercises)
    store.getState().record('A', 1, 6)
    store.getState().start('exam', 3, () => 0.99)
    const { learn } = store.getState()
    expect(learn.mode).toBe('exam')
    expect(new Set(learn.queue).size).toBe(3)
    expect(learn).toMatchObject({ correct: 0, asked: 0, position: 0 })
  })

  it('counts an exercise once, even graded again after a reload', () => {
    const first = newStore()
    first.store.getState().setExercises(exercises)
    first.store.getState().record('A', 5, 6)
    first.storage.flush()
    const second = newStore(first.memory)
    second.store.getState().setExercises(exercises)
    second.store.getState().record('A', 6, 6)
    expect(second.store.getState().learn).toMatchObject({ position: 0, correct: 5, asked: 6 })
    second.store.getState().next()
    second.store.getState().record('B', 1, 6)
    expect(second.store.getState().learn).toMatchObject({ position: 1, correct: 6, asked: 12 })
  })

  it('starts each round afresh: a new round number, nothing graded yet', () => {
    const { store } = newStore()
    store.getState().setExercises(exercises)
    store.getState().record('A', 5, 6)
    const before = store.getState().learn.round ?? 0
    store.getState().start('practice')
    expect(store.getState().learn.round).toBe(before + 1)
    store.getState().record('A', 6, 6)
    expect(store.getState().learn).toMatchObject({ correct: 11, asked: 12 })
  })

  it('keeps the view and the progress across a reload', () => {
    const first = newStore()
    first.store.getState().setExercises(exercises)
    first.store.getState().setView('learn')
    first.store.getState().record('A', 5, 6)
    first.store.getState().next()
    first.storage.flush()
    const second = newStore(first.memory)
    second.store.getState().setExercises(exercises)
    expect(second.store.getState().view).toBe('learn')
    expect(second.store.getState().learn).toMatchObject({ position: 1, correct: 5, asked: 6 })
  })
})

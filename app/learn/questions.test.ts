import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../parser/index'
import type { EcsEvent } from '../../parser/types'
import type { LineResult } from '../worker/protocol'
import { buildExercises, grade, ruleFamily } from './questions'

const scenario: Scenario = {
  id: 'ssh',
  title: 'SSH',
  rules: ['VOBD_SSH_SESSION'],
  samples: [],
  meaning: 'm',
  why: 'w',
  next: [],
}

function line(
  sample: string | null,
  rule: string | null,
  event: EcsEvent,
  note = false,
): LineResult {
  return {
    text: String(event.message ?? ''),
    sample,
    description: null,
    scenario: note ? scenario : null,
    result: { event, trace: { rule, captures: [], steps: [], actions: [], fieldSources: {} } },
  }
}

const ssh = line(
  'SSH',
  'VOBD_SSH_SESSION',
  {
    message: 'ssh',
    event: { category: ['session'], type: ['start'] },
    user: { name: 'root' },
    source: { ip: '1.2.3.4' },
  },
  true,
)
const file = line('FILE', 'FILE_LOCK', {
  message: 'lock',
  event: { category: ['file'], type: ['info'] },
})

describe('buildExercises', () => {
  it('makes one exercise per matched sample line, with choices from all of them', () => {
    const exercises = buildExercises([ssh, file, line(null, 'X', {}), line('NONE', null, {})])
    expect(exercises.map((exercise) => exercise.sample)).toEqual(['SSH', 'FILE'])
    const category = exercises[0]?.questions.find((question) => question.id === 'category')
    expect(category?.choices).toEqual(['file', 'session'])
    const family = exercises[0]?.questions.find((question) => question.id === 'family')
    expect(family?.choices).toEqual(['FILE', 'VOBD'])
  })

  it('accepts "none" for a field the event lacks and says whether a scenario applies', () => {
    const [exercise] = buildExercises([file])
    expect(exercise?.accepted.user).toEqual(['none'])
    expect(exercise?.accepted.security).toEqual(['no'])
  })
})

describe('grade', () => {
  const [exercise] = buildExercises([ssh])
  if (!exercise) throw new Error('no exercise')

  it('grades each question, ignoring case and surrounding spaces', () => {
    const grades = grade(exercise, {
      category: 'session',
      type: 'start',
      user: ' ROOT ',
      sourceIp: '1.2.3.4',
      family: 'VOBD',
      security: 'yes',
    })
    expect(Object.values(grades).every(Boolean)).toBe(true)
  })

  it('counts wrong and empty answers as wrong', () => {
    const grades = grade(exercise, { category: 'file', user: 'none' })
    expect(grades).toEqual({
      category: false,
      type: false,
      user: false,
      sourceIp: false,
      family: false,
      security: false,
    })
  })
})

describe('ruleFamily', () => {
  it('is the rule name up to its first underscore', () => {
    expect(ruleFamily('SSHD_CONNECTION_FROM')).toBe('SSHD')
    expect(ruleFamily(null)).toBe('none')
  })
})

import { describe, expect, it } from 'vitest'
import type { Scenario } from '../format'
import { scenarioFor } from './scenario'

const note = (id: string, rules: string[], when?: Scenario['when']): Scenario => ({
  id,
  title: id,
  rules,
  samples: [],
  meaning: 'm',
  why: 'w',
  next: ['n'],
  ...(when ? { when } : {}),
})

const opened = note('opened', ['SSH'], { field: 'event.type', value: 'start' })
const closed = note('closed', ['SSH'], { field: 'event.type', value: 'end' })
const command = note('command', ['CMD', 'CMD_USER'])

describe('scenarioFor', () => {
  it('finds the scenario listing the rule', () => {
    expect(scenarioFor([opened, command], 'CMD_USER', {})?.id).toBe('command')
  })

  it('tells shapes of one rule apart by `when`, membership for arrays', () => {
    const scenarios = [opened, closed]
    expect(scenarioFor(scenarios, 'SSH', { event: { type: ['end'] } })?.id).toBe('closed')
    expect(scenarioFor(scenarios, 'SSH', { event: { type: 'start' } })?.id).toBe('opened')
    expect(scenarioFor(scenarios, 'SSH', { event: { type: ['info'] } })).toBeNull()
  })

  it('gives null without a rule or for a rule no scenario lists', () => {
    expect(scenarioFor([command], null, {})).toBeNull()
    expect(scenarioFor([command], 'OTHER', {})).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { proposeName, safeName, uniqueName } from './names'

describe('uniqueName', () => {
  it('keeps a free name', () => {
    expect(uniqueName('A', ['B'])).toBe('A')
  })

  it('suffixes a taken name with the first free _N, from _2', () => {
    expect(uniqueName('A', ['A'])).toBe('A_2')
    expect(uniqueName('A', ['A', 'A_2', 'A_3'])).toBe('A_4')
  })

  it('treats names differing only in case as a clash', () => {
    expect(uniqueName('auth', ['AUTH'])).toBe('auth_2')
  })
})

describe('proposeName', () => {
  it('derives the name from the rule and suffixes it past existing samples', () => {
    const existing = ['AUTH_SSH_event_opened']
    expect(proposeName('AUTH_SSH_event_opened', existing)).toBe('AUTH_SSH_event_opened_2')
    expect(proposeName('AUTH_SSH_event_closed', existing)).toBe('AUTH_SSH_event_closed')
  })

  it('falls back to "sample" without a rule', () => {
    expect(proposeName(null, [])).toBe('sample')
    expect(proposeName(undefined, ['sample'])).toBe('sample_2')
  })
})

describe('safeName', () => {
  it('keeps names file-safe', () => {
    expect(safeName('../etc/pass wd')).toBe('etc_pass_wd')
    expect(safeName('  ')).toBe('sample')
  })
})

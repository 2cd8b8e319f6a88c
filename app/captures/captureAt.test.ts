import { describe, expect, it } from 'vitest'
import type { Capture } from '../../parser/types'
import { captureAt } from './captureAt'

describe('captureAt', () => {
  const header: Capture = { field: 'header', value: 'info hostd[12]', start: 0, end: 14 }
  const pid: Capture = { field: 'pid', value: '12', start: 11, end: 13 }

  it('finds the innermost capture under a 1-based column, end excluded', () => {
    expect(captureAt([header, pid], 1)?.field).toBe('header')
    expect(captureAt([header, pid], 12)?.field).toBe('pid')
    expect(captureAt([header, pid], 14)?.field).toBe('header')
    expect(captureAt([header, pid], 15)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { adversarialLinesFor } from './adversarial'

describe('adversarialLinesFor', () => {
  const message = 'Connection from 1.2.3.4 port 22'
  const lines = adversarialLinesFor([message], 1000)

  it('makes lines of about the asked length, each a prefix of the rule cut after a separator', () => {
    for (const { line } of lines) {
      expect(line.length).toBeGreaterThanOrEqual(999)
      expect(line.length).toBeLessThanOrEqual(1000)
    }
    const prefixes = new Set(lines.map(({ name }) => JSON.parse(name.split(' + ')[0] ?? '""')))
    expect(prefixes).toEqual(
      new Set([
        '',
        'Connection ',
        'Connection from ',
        'Connection from 1.',
        'Connection from 1.2.',
        'Connection from 1.2.3.',
        'Connection from 1.2.3.4 ',
        'Connection from 1.2.3.4 port ',
      ]),
    )
  })

  it('runs the generic backtracking characters and the spaced variant of each', () => {
    const after = 'Connection from 1.2.3.4 port '
    const line = (run: string) =>
      lines.find(
        ({ line: text }) => text === after + run.repeat((1000 - after.length) / run.length),
      )
    expect(line('(')).toBeDefined()
    expect(line('@')).toBeDefined()
    expect(lines.some(({ line: text }) => text.startsWith(`${after}[ [ [ `))).toBe(true)
  })
})

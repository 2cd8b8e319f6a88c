// The seed's 34 messages carry no header: framing must hand each one back exactly as it came.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { frame } from './frame'

const testsDir = new URL('../formats/vmware-esxi/tests/', import.meta.url)
const samples = readdirSync(testsDir).filter((name) => name.endsWith('.json'))

function messageOf(name: string): string {
  const sample: { input: { message: string } } = JSON.parse(
    readFileSync(new URL(name, testsDir), 'utf8'),
  )
  return sample.input.message
}

describe('seed messages through framing', () => {
  it('finds all 34 seed samples', () => {
    expect(samples).toHaveLength(34)
  })

  it.each(samples)('%s comes back bare and untouched', (name) => {
    const message = messageOf(name)
    for (const timezone of ['UTC', 'Europe/Paris']) {
      const framed = frame(message, {
        enabled: true,
        timezone,
        now: new Date('2023-04-18T08:00:00Z'),
      })
      expect(framed).toEqual({
        kind: 'bare',
        message,
        messageStart: 0,
        fields: {},
        header: { start: 0, end: 0, parts: [] },
      })
    }
  })
})

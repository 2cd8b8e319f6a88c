// The seed's 34 messages carry no header: framing must hand each one back exactly as it came, and
// find it again, character for character, behind any header it knows.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { frame } from './frame'
import type { FramingKind, FramingOptions } from './types'

const testsDir = new URL('../formats/vmware-esxi/tests/', import.meta.url)
const options: FramingOptions = {
  enabled: true,
  timezone: 'UTC',
  now: new Date('2023-04-18T08:00:00Z'),
}
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

  const headers: [FramingKind, string][] = [
    ['rfc3164', '<166>2023-04-18T07:14:36.123Z esx01.example.com Hostd: '],
    ['rfc3164', '<38>Apr 18 07:14:36 esx01 sshd[2101458]: '],
    ['rfc5424', '<166>1 2023-04-18T07:14:36.123Z esx01 Hostd 2099656 - [Originator@6876 sub="x"] '],
    ['esxi-file', '2023-04-18T07:14:36.123Z '],
    ['esxi8-file', '2023-04-18T07:14:36.123Z In(166) Hostd[2099656]: '],
  ]

  it.each(samples)('%s comes back exactly from behind every header', (name) => {
    const message = messageOf(name)
    for (const [kind, header] of headers) {
      const framed = frame(header + message, options)
      expect(framed.kind).toBe(kind)
      expect(framed.message).toBe(message)
      expect(framed.messageStart).toBe(header.length)
      expect(framed.fields['@timestamp']).toMatch(/^2023-04-18T07:14:36\.\d{3}Z$/)
    }
  })
})

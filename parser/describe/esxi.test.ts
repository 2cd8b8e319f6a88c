import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Format, loadFormat } from '../format'
import { readFormatFolder } from '../node/read-folder'
import { type CompiledParser, compile, parse } from '../pipeline'
import { describe as describeEvent } from './describe'
import { scenarioFor } from './scenario'

// The ESXi format's own _meta data, checked against what its parser really produces.
const ESXI = fileURLToPath(new URL('../formats/vmware-esxi', import.meta.url))

let format: Format
let parser: CompiledParser

beforeAll(async () => {
  format = loadFormat(await readFormatFolder(ESXI))
  const compiled = compile(format)
  if (compiled.parser === null) throw new Error('the ESXi format does not compile')
  parser = compiled.parser
})

describe('ESXi smart descriptions', () => {
  it('load without diagnostics', () => {
    expect(format.diagnostics).toEqual([])
    expect(format.smartDescriptions.length).toBeGreaterThan(0)
  })

  it('give every sample a sentence with every placeholder filled', () => {
    expect(format.samples).toHaveLength(34)
    for (const sample of format.samples) {
      const text = describeEvent(
        format.smartDescriptions,
        parse(parser, sample.message).event,
      )?.text
      expect(text, sample.name).toMatch(/\S/)
      expect(text, sample.name).not.toMatch(/\{[^{}\s]+\}/)
    }
  })

  it('relate the source of a session to its user and a user to the command run', () => {
    const relationsOf = (name: string): string[] => {
      const sample = format.samples.find((candidate) => candidate.name === name)
      if (!sample) throw new Error(`no sample ${name}`)
      const event = parse(parser, sample.message).event
      return (describeEvent(format.smartDescriptions, event)?.relationships ?? []).map(
        (link) => `${link.sourceValue} ${link.type} ${link.targetValue}`,
      )
    }
    expect(relationsOf('AUTH_SSH_event_opened')).toEqual(['1.2.3.4 connected as root'])
    expect(relationsOf('AUTH_SESSION_change_user')).toEqual([
      '127.0.0.1 connected as root',
      'root logged in as pyvmomi',
    ])
    expect(relationsOf('PROCESS_CMD_user_1')).toEqual([
      'root executed USER=vpxuser python ++group=host/vim/vmvisor/ntnx /get_one_time_password.py',
    ])
  })
})

describe('ESXi scenarios', () => {
  it('name only rules the parser has', () => {
    const rules = new Set(parser.rules.map((rule) => rule.name))
    expect(format.scenarios.length).toBeGreaterThan(0)
    for (const scenario of format.scenarios) {
      for (const rule of scenario.rules) expect(rules, `${scenario.id}: ${rule}`).toContain(rule)
    }
  })

  it('are what scenarioFor gives each sample they list', () => {
    for (const scenario of format.scenarios) {
      for (const name of scenario.samples) {
        const sample = format.samples.find((candidate) => candidate.name === name)
        expect(sample, `${scenario.id}: ${name}`).toBeDefined()
        if (!sample) continue
        const result = parse(parser, sample.message)
        expect(scenario.rules, name).toContain(result.trace.rule)
        expect(scenarioFor(format.scenarios, result.trace.rule, result.event)?.id, name).toBe(
          scenario.id,
        )
      }
    }
  })

  it('give an ATT&CK id only in the technique id shape', () => {
    for (const { attack } of format.scenarios) {
      if (attack) expect(attack.id).toMatch(/^T\d{4}(\.\d{3})?$/)
    }
  })
})

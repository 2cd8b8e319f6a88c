import { describe, expect, it } from 'vitest'
import { loadFormat } from './load'
import { readScenarios } from './scenarios'

const FILE = '_meta/scenarios.yml'

const complete = `- id: ssh-opened
  title: SSH session opened
  rules: [VOBD_SSH_SESSION]
  when: {field: event.type, value: start}
  samples: [AUTH_SSH_event_opened]
  meaning: A session started.
  why: SSH on a hypervisor.
  next: [Check the source.]
  attack: {id: T1021.004, name: 'Remote Services: SSH'}
`

describe('readScenarios', () => {
  it('reads a complete entry, `when` and `attack` included', () => {
    const { scenarios, diagnostics } = readScenarios(FILE, complete)
    expect(diagnostics).toEqual([])
    expect(scenarios).toEqual([
      {
        id: 'ssh-opened',
        title: 'SSH session opened',
        rules: ['VOBD_SSH_SESSION'],
        when: { field: 'event.type', value: 'start' },
        samples: ['AUTH_SSH_event_opened'],
        meaning: 'A session started.',
        why: 'SSH on a hypervisor.',
        next: ['Check the source.'],
        attack: { id: 'T1021.004', name: 'Remote Services: SSH' },
      },
    ])
  })

  it('leaves out a broken entry and points at the value at fault', () => {
    const broken = `${complete}- id: second\n  title: Second\n  rules: NOT_A_LIST\n  samples: []\n  meaning: m\n  why: w\n  next: [n]\n`
    const { scenarios, diagnostics } = readScenarios(FILE, broken)
    expect(scenarios.map(({ id }) => id)).toEqual(['ssh-opened'])
    expect(diagnostics).toMatchObject([
      { file: FILE, line: 12, column: 10, message: expect.stringContaining("'rules'") },
      { file: FILE, line: 13, column: 12, message: expect.stringContaining("'samples'") },
    ])
  })

  it('points at the entry for a missing key, and at a malformed attack', () => {
    const text = complete
      .replace('  why: SSH on a hypervisor.\n', '')
      .replace("name: 'Remote Services: SSH'", 'title: x')
    const { scenarios, diagnostics } = readScenarios(FILE, text)
    expect(scenarios).toEqual([])
    expect(diagnostics).toMatchObject([
      { line: 1, column: 3, message: expect.stringContaining("'why'") },
      { line: 8, column: 11, message: expect.stringContaining("'attack'") },
    ])
  })

  it('reports a repeated id, an entry that is not a mapping and a root that is not a list', () => {
    expect(readScenarios(FILE, `${complete}${complete}`).diagnostics).toMatchObject([
      { line: 10, message: "scenario id 'ssh-opened' is used twice" },
    ])
    expect(readScenarios(FILE, '- just text\n').diagnostics).toMatchObject([
      { line: 1, column: 3, message: 'a scenario is a mapping' },
    ])
    expect(readScenarios(FILE, 'id: x\n').diagnostics).toMatchObject([
      { line: 1, column: 1, message: 'scenarios.yml is a list of scenarios' },
    ])
  })

  it('reports broken YAML with its position', () => {
    const { scenarios, diagnostics } = readScenarios(FILE, '- id: [unclosed\n')
    expect(scenarios).toEqual([])
    expect(diagnostics[0]).toMatchObject({ file: FILE, code: 'yaml', line: 2 })
  })
})

describe('loadFormat and scenarios.yml', () => {
  it('loads the file into format.scenarios, and a missing file is no problem', () => {
    const withNotes = loadFormat({ [FILE]: complete })
    expect(withNotes.scenarios.map(({ id }) => id)).toEqual(['ssh-opened'])
    expect(withNotes.diagnostics.filter(({ file }) => file === FILE)).toEqual([])
    const without = loadFormat({})
    expect(without.scenarios).toEqual([])
    expect(without.diagnostics.filter(({ file }) => file === FILE)).toEqual([])
  })
})

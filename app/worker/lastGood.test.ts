import { beforeEach, describe, expect, it } from 'vitest'
import { PARSER_FILE } from '../../parser/format/index'
import { readFormatFolder } from '../testing/formatFolder'
import type { FramingSetting } from './protocol'
import { ParserSession } from './session'

const framing: FramingSetting = { enabled: false, timezone: 'UTC' }
const files = readFormatFolder()
const builtin = files[PARSER_FILE] ?? ''
const CONNECTION = 'Connection from 1.2.3.4 port 33398'
// An unknown pattern in the rule that parses CONNECTION, on line 29 of parser.yml.
const broken = builtin.replace(
  '(?P<event_action>Connection from) %{IP:source_ip}',
  '(?P<event_action>Connection from) %{NO_SUCH_PATTERN:source_ip}',
)
// A rule that no longer matches its sample's line.
const misspelt = builtin.replace(
  '(?P<event_action>Connection from) %{IP:source_ip}',
  '(?P<event_action>Connexion from) %{IP:source_ip}',
)

describe('ParserSession with edited definitions', () => {
  let session: ParserSession
  beforeEach(() => {
    session = new ParserSession()
  })

  it('takes the platform from the manifest unless the load names one', () => {
    expect(session.load(files)).toMatchObject({ platform: '2023', manifestPlatform: '2023' })
    expect(session.load(files, { platform: '2026' })).toMatchObject({
      platform: '2026',
      manifestPlatform: '2023',
    })
  })

  it('keeps parsing with the last good definition while the edited one is broken, and says so', () => {
    expect(broken).not.toBe(builtin)
    session.load(files)
    const summary = session.load(files, { definition: broken, minRev: 5 })
    expect(summary.rev).toBe(5)
    expect(summary.definitionState).toBe('broken-using-last-good')
    expect(summary.definition.text).toBe(broken)
    expect(summary.sourceDefinition).toBe(builtin)
    const error = summary.diagnostics.find((diagnostic) => diagnostic.severity === 'error')
    expect(error).toMatchObject({ file: PARSER_FILE, line: 29 })
    expect(error?.message).toContain('NO_SUCH_PATTERN')
    expect(summary.samples.filter((sample) => !sample.pass)).toEqual([])
    const [result] = session.parseLines([CONNECTION], framing)
    expect(result?.result.event).toMatchObject({ source: { ip: '1.2.3.4' } })
  })

  it('stands the source’s own definition in when an edit is broken from the first load on', () => {
    const summary = session.load(files, { definition: broken })
    expect(summary.definitionState).toBe('broken-using-last-good')
    expect(summary.samples.every((sample) => sample.pass)).toBe(true)
  })

  it('has no parser when the format’s own definition is broken, nor from another format', () => {
    session.load(files)
    const other = session.load({ ...files, [PARSER_FILE]: broken }, { source: 'folder:other' })
    expect(other.definitionState).toBe('broken-no-parser')
    expect(other.rules).toBeNull()
    expect(session.parseLines([CONNECTION], framing)).toEqual([])
    // The built-in format's last good parser is still there for it.
    const builtinAgain = session.load(files, { definition: broken })
    expect(builtinAgain.definitionState).toBe('broken-using-last-good')
  })

  it('has no parser from another folder opened under the same name', () => {
    const first = session.load(files, { source: 'folder:mine' })
    expect(first.definitionState).toBe('ok')
    const other = session.load({ ...files, [PARSER_FILE]: broken }, { source: 'folder:mine' })
    expect(other.definitionState).toBe('broken-no-parser')
    // The first folder, edited into a broken definition, still has its last good parser.
    const edited = session.load(files, { source: 'folder:mine', definition: broken })
    expect(edited.definitionState).toBe('broken-using-last-good')
  })

  it('runs every sample again with each definition: a misspelt rule fails its sample', () => {
    session.load(files)
    const summary = session.load(files, { definition: misspelt })
    expect(summary.definitionState).toBe('ok')
    expect(summary.samples.filter((sample) => !sample.pass).map((sample) => sample.name)).toEqual([
      'NETWORK_SOURCE',
    ])
    const fixed = session.load(files, { definition: builtin })
    expect(fixed.samples.every((sample) => sample.pass)).toBe(true)
  })

  it('applies a new platform to the last good parser while the definition stays broken', () => {
    session.load(files)
    const summary = session.load(files, { definition: broken, platform: '2025' })
    expect(summary).toMatchObject({ definitionState: 'broken-using-last-good', platform: '2025' })
  })
})

import { describe, expect, it } from 'vitest'
import { loadFormat } from '../format'
import { compileTemplate, TemplateSyntaxError } from '../template'
import type { Diagnostic } from '../types'
import { compile } from './compile'

/** 1-based line and column of the `occurrence`-th `needle` in `text`. */
function positionOf(
  text: string,
  needle: string,
  occurrence = 1,
): { line: number; column: number } {
  let offset = -1
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`${needle} is not in the text`)
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 }
}

const located = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }))

function compileYaml(yaml: string, files: Record<string, string> = {}) {
  return compile(loadFormat({ 'ingest/parser.yml': yaml, ...files }))
}

const grokStep = (pattern: string, custom = '') => `pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: ${pattern}
${custom ? `        custom_patterns:\n${custom}` : ''}`

describe('compile: grok diagnostics', () => {
  it('points at an unknown pattern inside the main pattern', () => {
    const yaml = grokStep(`'%{WORD:a} %{NOPE:b}'`)
    const { parser, diagnostics } = compileYaml(yaml)
    expect(parser).toBeNull()
    expect(located(diagnostics)).toEqual([
      { code: 'grok-unknown-pattern', file: 'ingest/parser.yml', ...positionOf(yaml, '%{NOPE') },
    ])
  })

  it('points at an unknown pattern inside a custom pattern, through a double-quoted scalar', () => {
    const yaml = grokStep(`'%{RULE}'`, `          RULE: "\\t%{WORD:w} %{MISSING}"\n`)
    expect(located(compileYaml(yaml).diagnostics)).toEqual([
      { code: 'grok-unknown-pattern', file: 'ingest/parser.yml', ...positionOf(yaml, '%{MISSING') },
    ])
  })

  it('points at an invalid regex inside a folded block scalar', () => {
    const yaml = grokStep(`>-\n          %{WORD:a}\n          (unclosed`)
    expect(located(compileYaml(yaml).diagnostics)).toEqual([
      { code: 'grok-syntax', file: 'ingest/parser.yml', ...positionOf(yaml, '(unclosed') },
    ])
  })

  it('rejects what RE2 does not have (a backreference) as unsupported', () => {
    const yaml = grokStep(`'(?P<x>a)\\1'`)
    expect(located(compileYaml(yaml).diagnostics)).toEqual([
      { code: 'grok-unsupported', file: 'ingest/parser.yml', ...positionOf(yaml, '\\1') },
    ])
  })
})

describe('compile: custom patterns the pattern never uses', () => {
  it('warns about a broken one at the fault, and still compiles', () => {
    const custom = [
      '          USED: "%{WORD:w}"',
      '          SPARE: "%{WORD} %{NOT_DEFINED}"',
      "          SPARE_REGEX: '(open'",
      '          FINE: "%{INT}"',
      '',
    ].join('\n')
    const yaml = grokStep(`'%{USED}'`, custom)
    const { parser, diagnostics } = compileYaml(yaml)
    expect(parser).not.toBeNull()
    expect(diagnostics.map(({ severity }) => severity)).toEqual(['warning', 'warning'])
    expect(located(diagnostics)).toEqual([
      {
        code: 'grok-unknown-pattern',
        file: 'ingest/parser.yml',
        ...positionOf(yaml, '%{NOT_DEFINED'),
      },
      // An unclosed group is blamed on its opening parenthesis.
      { code: 'grok-syntax', file: 'ingest/parser.yml', ...positionOf(yaml, '(open') },
    ])
  })

  it('reports a fault once when several unused patterns reach it', () => {
    const custom = '          SPARE: "%{INNER}"\n          INNER: "%{NOPE}"\n'
    const yaml = grokStep(`'%{WORD:w}'`, custom)
    expect(located(compileYaml(yaml).diagnostics)).toEqual([
      { code: 'grok-unknown-pattern', file: 'ingest/parser.yml', ...positionOf(yaml, '%{NOPE') },
    ])
  })
})

const STAGES = `  - name: fields
stages:
  fields:
    actions:
      - set:
          event.kind: event
          event.action: "{{ parsed_event.result.a | lower }}"
`

describe('compile: template diagnostics', () => {
  it('points at the very character the template engine blames, through escapes and block indentation', () => {
    const quoted = `pipeline:\n  - name: fields\n    filter: "\\t\\"x\\" {{ 1 + }}"\nstages:\n  fields:\n    actions: []\n`
    const block = `pipeline:\n  - name: fields\n    filter: |\n      ok\n        {{ 1 + }}\nstages:\n  fields:\n    actions: []\n`
    for (const yaml of [quoted, block]) {
      const [diagnostic] = compileYaml(yaml).diagnostics
      const template = yaml.includes('|') ? 'ok\n  {{ 1 + }}\n' : '\t"x" {{ 1 + }}'
      let offset = 0
      try {
        compileTemplate(template)
      } catch (error) {
        if (error instanceof TemplateSyntaxError) offset = error.offset
      }
      expect(offset).toBeGreaterThan(0)
      const line = yaml.split('\n')[(diagnostic?.line ?? 0) - 1] ?? ''
      expect(line[(diagnostic?.column ?? 0) - 1]).toBe(template[offset])
    }
  })

  it('points at a syntax error in a set value', () => {
    const yaml = `${grokStep(`'%{WORD:a}'`)}${STAGES.replace('| lower }}', '| lower }')}`
    const { diagnostics } = compileYaml(yaml)
    expect(located(diagnostics)).toMatchObject([
      {
        code: 'template-syntax',
        file: 'ingest/parser.yml',
        line: positionOf(yaml, '{{ parsed_event').line,
      },
    ])
  })

  it('points at a syntax error in an action filter and in a step filter, reporting both', () => {
    const yaml = `pipeline:
  - name: fields
    filter: "{{ True and }}"
stages:
  fields:
    actions:
      - set:
          event.kind: event
        filter: |
          {% if x %}
          yes
`
    const { parser, diagnostics } = compileYaml(yaml)
    expect(parser).toBeNull()
    expect(located(diagnostics).map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'template-syntax', line: 3 },
      { code: 'template-syntax', line: expect.any(Number) },
    ])
    expect(diagnostics[1]?.line).toBeGreaterThanOrEqual(10)
  })

  it('reports a broken text at every place it is written', () => {
    const yaml = `pipeline:
  - name: fields
stages:
  fields:
    actions:
      - set:
          event.kind: "{{ True and }}"
          event.action: "{{ True and }}"
`
    const { diagnostics } = compileYaml(yaml)
    expect(located(diagnostics).map(({ line }) => line)).toEqual([7, 8])
  })

  it('compiles a text written at several places once', () => {
    const yaml = `pipeline:
  - name: first
    filter: "{{ original.message != None }}"
  - name: second
    filter: "{{ original.message != None }}"
stages:
  first:
    actions:
      - set:
          event.kind: event
        filter: "{{ original.message != None }}"
  second:
    actions:
      - set:
          event.kind: alert
`
    const { parser } = compileYaml(yaml)
    const [first, second] = parser?.steps ?? []
    const action = first?.kind === 'stage' ? first.actions[0] : undefined
    expect(first?.filter).toBeTruthy()
    expect(second?.filter).toBe(first?.filter)
    expect(action?.filter).toBe(first?.filter)
  })
})

describe('compile: stages and rules', () => {
  it('reports a pipeline entry naming no stage at that name', () => {
    const yaml = `pipeline:\n  - name: fields\n  - name: typo\nstages:\n  fields:\n    actions: []\n`
    expect(located(compileYaml(yaml).diagnostics)).toEqual([
      { code: 'unknown-stage', file: 'ingest/parser.yml', line: 3, column: 11 },
    ])
  })

  it('collects every error instead of stopping at the first', () => {
    const yaml = `${grokStep(`'%{NOPE}'`)}  - name: missing\n${STAGES.replace('| lower }}', '| lower }')}`
    expect(located(compileYaml(yaml).diagnostics).map(({ code }) => code)).toEqual([
      'grok-unknown-pattern',
      'unknown-stage',
      'template-syntax',
    ])
  })

  it("gives each top-level alternative's name and where it is defined", () => {
    const yaml = grokStep(
      `'%{FIRST}|%{SECOND}'`,
      `          FIRST: 'a %{WORD:x}'\n          SECOND: 'b'\n`,
    )
    const { parser } = compileYaml(`${yaml}${STAGES}`)
    expect(
      parser?.rules.map(({ name, file, line, column }) => ({ name, file, line, column })),
    ).toEqual([
      { name: 'FIRST', file: 'ingest/parser.yml', ...positionOf(yaml, 'FIRST:') },
      { name: 'SECOND', file: 'ingest/parser.yml', ...positionOf(yaml, 'SECOND:') },
    ])
  })

  it('takes the platform from the option, else the manifest, else the current one', () => {
    const yaml = `pipeline: []\n`
    const manifest = { '_meta/manifest.yml': "sekoiaio_platform: '2023'\n" }
    expect(compileYaml(yaml).parser?.platform).toBe('2026')
    expect(compileYaml(yaml, manifest).parser?.platform).toBe('2023')
    expect(
      compile(loadFormat({ 'ingest/parser.yml': yaml, ...manifest }), { platform: '2025' }).parser
        ?.platform,
    ).toBe('2025')
  })

  it('yields no parser, and no diagnostics of its own, when parser.yml does not load', () => {
    expect(compileYaml('pipeline: {}\n')).toEqual({ parser: null, diagnostics: [] })
  })
})

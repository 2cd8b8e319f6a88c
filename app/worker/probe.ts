import type { CompiledParser } from '../../parser/index'
import type {
  CompiledAction,
  CompiledStep,
  CompiledText,
  SetSource,
} from '../../parser/pipeline/types'
import type { Template } from '../../parser/template/index'

/** Told where a line's parse is before each part of it that can take long. */
export type ProbeReport = (step: string, rule: string | null) => void

// Only a grok match and a template render can take long: translate, delete, casting and the
// platform's finishing are bounded by the line's size, so those are the points reported.

function probedTemplate(template: Template, report: () => void): Template {
  return {
    source: template.source,
    references: template.references,
    render: (scope) => {
      report()
      return template.render(scope)
    },
  }
}

function probedText(text: CompiledText | null, report: () => void): CompiledText | null {
  if (text === null || text.kind === 'constant') return text
  return { kind: 'template', template: probedTemplate(text.template, report) }
}

function probedSource(source: SetSource, report: () => void): SetSource {
  if (source.kind === 'constant') return source
  return { ...source, template: probedTemplate(source.template, report) }
}

export interface ProbedParser {
  parser: CompiledParser
  /** Forget the previous line's rule. */
  nextLine: () => void
}

/**
 * A copy of `parser` that calls `report` before each grok match and each template render, naming
 * the step (and, once the line's primary grok has matched, the rule). The copy parses exactly as
 * the original: filters shared between steps are rendered once per use instead of once per
 * layer change, which gives the same answers.
 */
export function probedParser(parser: CompiledParser, report: ProbeReport): ProbedParser {
  let rule: string | null = null
  const at = (step: string) => () => report(step, rule)

  const probedAction = (action: CompiledAction): CompiledAction => {
    const where = `${action.stage} action ${action.index + 1}`
    const filter = probedText(action.filter, at(`${where} (filter)`))
    if (action.kind !== 'set') return { ...action, filter }
    const fields = action.fields.map(({ field, source }) => ({
      field,
      source: probedSource(source, at(`${where} (${field.name})`)),
    }))
    return { ...action, filter, fields }
  }

  const probedStep = (step: CompiledStep): CompiledStep => {
    const filter = probedText(step.filter, at(`${step.name} (filter)`))
    if (step.kind === 'stage') return { ...step, filter, actions: step.actions.map(probedAction) }
    const { grok } = step
    const match = (input: string) => {
      report(`grok ${step.name}`, rule)
      const found = grok.match(input)
      if (step.primary && found) rule = found.rule.name
      return found
    }
    return {
      ...step,
      filter,
      grok: {
        rules: grok.rules,
        names: grok.names,
        match,
        floorRegExp: () => grok.floorRegExp(),
      },
    }
  }

  return {
    parser: { ...parser, steps: parser.steps.map(probedStep) },
    nextLine: () => {
      rule = null
    },
  }
}

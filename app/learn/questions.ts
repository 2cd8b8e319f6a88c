import type { Value } from '../../parser/types'
import type { LineResult } from '../worker/protocol'

export type QuestionId = 'category' | 'type' | 'user' | 'sourceIp' | 'family' | 'security'

/** What the learner sees: the prompt, and the choices when it is not a free-text question. */
export interface Question {
  id: QuestionId
  prompt: string
  choices: readonly string[] | null
}

/** A sample line turned into questions; `accepted` stays out of the page until it is revealed. */
export interface Exercise {
  sample: string
  line: LineResult
  questions: readonly Question[]
  accepted: Readonly<Record<QuestionId, readonly string[]>>
}

export type Answers = Partial<Record<QuestionId, string>>
export type Grades = Readonly<Record<QuestionId, boolean>>

export const NONE = 'none'
const YES = 'yes'
const NO = 'no'

/** The fields whose source characters a reveal highlights in the line. */
export const QUESTION_FIELDS: Readonly<Partial<Record<QuestionId, string>>> = {
  category: 'event.category',
  type: 'event.type',
  user: 'user.name',
  sourceIp: 'source.ip',
}

function read(event: Value, path: string): Value | undefined {
  let node: Value | undefined = event
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    node = node[key]
  }
  return node
}

const strings = (value: Value | undefined): string[] =>
  value === undefined || value === null
    ? []
    : Array.isArray(value)
      ? value.flatMap(strings)
      : [String(value)]

/** The daemon family a rule belongs to: rules are named after it, e.g. SSHD_CONNECTION_FROM. */
export function ruleFamily(rule: string | null): string {
  return rule === null ? NONE : (rule.split('_')[0] ?? rule)
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort()

/**
 * One exercise per sample line that a rule matched. Choices are the values the samples show, so
 * every choice is a real answer to some line (ECS allowed values the samples never use are noise).
 */
export function buildExercises(lines: readonly LineResult[]): Exercise[] {
  const matched = lines.filter((line) => line.sample !== null && line.result.trace.rule !== null)
  const values = (path: string) =>
    sorted(matched.flatMap((line) => strings(read(line.result.event, path))))
  const choices = {
    category: values('event.category'),
    type: values('event.type'),
    family: sorted(matched.map((line) => ruleFamily(line.result.trace.rule))),
  }
  const questions: Question[] = [
    { id: 'category', prompt: 'Which event.category?', choices: choices.category },
    { id: 'type', prompt: 'Which event.type?', choices: choices.type },
    { id: 'user', prompt: 'user.name (or "none")', choices: null },
    { id: 'sourceIp', prompt: 'source.ip (or "none")', choices: null },
    { id: 'family', prompt: 'Which daemon or rule family?', choices: choices.family },
    { id: 'security', prompt: 'Is it security-relevant?', choices: [YES, NO] },
  ]
  return matched.map((line) => {
    const event = line.result.event
    const orNone = (path: string) => {
      const found = strings(read(event, path))
      return found.length > 0 ? found : [NONE]
    }
    return {
      sample: line.sample ?? '',
      line,
      questions,
      accepted: {
        category: orNone('event.category'),
        type: orNone('event.type'),
        user: orNone('user.name'),
        sourceIp: orNone('source.ip'),
        family: [ruleFamily(line.result.trace.rule)],
        security: [line.scenario ? YES : NO],
      },
    }
  })
}

const normalize = (text: string): string => text.trim().toLowerCase()

/** Each question right or wrong; an empty answer is wrong, "none" is right only when absent. */
export function grade(exercise: Exercise, answers: Answers): Grades {
  const right = (id: QuestionId): boolean => {
    const given = normalize(answers[id] ?? '')
    return given !== '' && exercise.accepted[id].some((accepted) => normalize(accepted) === given)
  }
  return {
    category: right('category'),
    type: right('type'),
    user: right('user'),
    sourceIp: right('sourceIp'),
    family: right('family'),
    security: right('security'),
  }
}

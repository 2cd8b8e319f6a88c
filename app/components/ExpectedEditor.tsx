import Editor from '@monaco-editor/react'
import { useEffect, useRef, useState } from 'react'
import { isRecord, readJson } from '../../parser/format/json-text'
import type { SampleDraft } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'
import { EXPECTED_MODEL_URI, registerExpectedSchema } from '../monaco/expectedSchema'
import { useController } from '../results/controllerContext'
import { draftOf, type ExpectedDraft, KEPT_DRAFT_CHARS } from '../store/expectedDrafts'
import { usePlayground } from '../store/index'

const pretty = (event: EcsEvent) => JSON.stringify(event, null, 2)

/** The event `text` holds, or why it holds none. */
function readExpected(name: string, text: string): { event: EcsEvent } | { problem: string } {
  const read = readJson(`${name}.json`, text)
  if (!read.ok) {
    const { line, column, message } = read.diagnostic
    return { problem: `Invalid JSON at ${line}:${column}: ${message}` }
  }
  if (!isRecord(read.value)) return { problem: 'The expected event must be a JSON object.' }
  return { event: read.value }
}

const problemIn = (name: string, draft: ExpectedDraft | null): string | null => {
  if (!draft) return null
  const read = readExpected(name, draft.text)
  return 'problem' in read ? read.problem : null
}

const KEPT = KEPT_DRAFT_CHARS.toLocaleString('en')

/** What a reload did, or will do, to a draft too long to keep whole. */
function DraftNote({ draft, over }: { draft: ExpectedDraft | null; over: boolean }) {
  const sentences = [
    draft?.cut &&
      `This draft was longer than ${KEPT} characters when the page was left: only its first ${KEPT} were kept.`,
    over && `A reload keeps only the first ${KEPT} characters of this draft.`,
  ].filter(Boolean)
  if (sentences.length === 0) return null
  return (
    <p className="expected-draft-note" data-testid="expected-draft-note">
      {sentences.join(' ')}
    </p>
  )
}

/**
 * The expected event of a user sample as JSON text. Every valid edit is saved at once (so the Diff
 * follows the typing); an invalid one keeps its text on screen and as the sample's draft (so a
 * reload brings it back), says where it breaks, and leaves the last valid event in place.
 */
export function ExpectedEditor({ sample }: { sample: SampleDraft }) {
  const setExpected = usePlayground((state) => state.setExpected)
  const keepDraft = usePlayground((state) => state.keepExpectedDraft)
  const draft = usePlayground((state) => draftOf(state.expectedDrafts, sample.name))
  const [text, setText] = useState(() => draft?.text ?? pretty(sample.expected))
  const [error, setError] = useState(() => problemIn(sample.name, draft))
  // The event this editor last saved: any other one came from outside (accept actual, undo).
  const saved = useRef(sample.expected)
  const controller = useController()
  const rev = usePlayground((state) => state.format?.rev)

  // Asked again with each format revision: the format's fields.yml is part of the schema.
  useEffect(() => {
    if (rev === undefined) return
    void controller.expectedSchema().then((schema) => {
      if (schema) registerExpectedSchema(schema)
    })
  }, [controller, rev])

  // The draft is read only with an event from outside: an undo can bring both back together.
  useEffect(() => {
    if (sample.expected === saved.current) return
    saved.current = sample.expected
    setText(draft?.text ?? pretty(sample.expected))
    setError(problemIn(sample.name, draft))
  }, [sample.expected, sample.name, draft])

  const onChange = (next: string) => {
    setText(next)
    const read = readExpected(sample.name, next)
    if ('problem' in read) {
      setError(read.problem)
      keepDraft(sample.name, next)
    } else {
      setError(null)
      saved.current = read.event
      setExpected(sample.name, read.event)
    }
  }

  return (
    <>
      <div className="expected-editor" data-testid="expected-editor">
        <Editor
          language="json"
          value={text}
          path={EXPECTED_MODEL_URI}
          onChange={(next) => onChange(next ?? '')}
          options={{
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            fontSize: 13,
          }}
        />
      </div>
      <p className="expected-error" role="alert" data-testid="expected-error">
        {error}
      </p>
      <DraftNote draft={draft} over={error !== null && text.length > KEPT_DRAFT_CHARS} />
    </>
  )
}

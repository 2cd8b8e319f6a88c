import Editor from '@monaco-editor/react'
import { useEffect, useRef, useState } from 'react'
import { isRecord, readJson } from '../../parser/format/json-text'
import type { SampleDraft } from '../../parser/samples/index'
import type { EcsEvent } from '../../parser/types'
import { EXPECTED_MODEL_URI, registerExpectedSchema } from '../monaco/expectedSchema'
import { useController } from '../results/controllerContext'
import { usePlayground } from '../store/index'

const pretty = (event: EcsEvent) => JSON.stringify(event, null, 2)

/**
 * The expected event of a user sample as JSON text. Every valid edit is saved at once (so the Diff
 * follows the typing); an invalid one keeps its text on screen, says where it breaks, and leaves
 * the last valid event in place.
 */
export function ExpectedEditor({ sample }: { sample: SampleDraft }) {
  const setExpected = usePlayground((state) => state.setExpected)
  const [text, setText] = useState(() => pretty(sample.expected))
  const [error, setError] = useState<string | null>(null)
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

  useEffect(() => {
    if (sample.expected === saved.current) return
    saved.current = sample.expected
    setText(pretty(sample.expected))
    setError(null)
  }, [sample.expected])

  const onChange = (next: string) => {
    setText(next)
    const read = readJson(`${sample.name}.json`, next)
    if (!read.ok) {
      const { line, column, message } = read.diagnostic
      setError(`Invalid JSON at ${line}:${column}: ${message}`)
    } else if (!isRecord(read.value)) {
      setError('The expected event must be a JSON object.')
    } else {
      setError(null)
      saved.current = read.value
      setExpected(sample.name, read.value)
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
    </>
  )
}

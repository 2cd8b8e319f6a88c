import { DiffEditor } from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useMemo, useRef, useState } from 'react'
import { layoutJson } from '../output/jsonLayout'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'
import { checkKey } from '../store/results'
import type { SampleCheck } from '../worker/protocol'

/** The comparison of the cursor line with its sample, asking the worker for it when missing. */
export function useCurrentCheck(): { sample: string | null; check: SampleCheck | null } {
  const controller = useController()
  const current = useCurrentLine()
  const rev = usePlayground((state) => state.format?.rev)
  const check = usePlayground((state) =>
    current.sample && current.text !== null
      ? (state.checks.get(checkKey(current.sample, current.text)) ?? null)
      : null,
  )
  useEffect(() => {
    if (current.sample && current.text !== null && rev !== undefined) {
      void controller.ensureCheck(current.sample, current.text)
    }
  }, [controller, current.sample, current.text, rev])
  return { sample: current.sample, check }
}

/**
 * Built-in samples are read-only: editing one starts from a user copy of it, with the expected
 * event as compared (normalized), which compares equal to the original.
 */
function EditCopyButton({ check }: { check: SampleCheck }) {
  const message = usePlayground(
    (state) => state.samples.find((sample) => sample.name === check.sample)?.message ?? null,
  )
  const addUserSample = usePlayground((state) => state.addUserSample)
  const editSample = usePlayground((state) => state.editSample)
  const setTab = usePlayground((state) => state.setTab)
  if (message === null) return null
  return (
    <button
      type="button"
      className="edit-copy"
      onClick={() => {
        editSample(addUserSample(check.sample, message, check.expected))
        setTab('expected')
      }}
    >
      Edit a copy of {check.sample}
    </button>
  )
}

export function DiffTab() {
  const { sample, check } = useCurrentCheck()
  const expected = useMemo(() => (check ? layoutJson(check.expected).text : ''), [check])
  const actual = useMemo(() => (check ? layoutJson(check.actual).text : ''), [check])
  const editorRef = useRef<editor.IStandaloneDiffEditor | null>(null)
  const [mounted, setMounted] = useState(false)

  useEffect(() => {
    const models = mounted ? editorRef.current?.getModel() : null
    if (!models) return
    if (models.original.getValue() !== expected) models.original.setValue(expected)
    if (models.modified.getValue() !== actual) models.modified.setValue(actual)
  }, [mounted, expected, actual])

  if (!sample) {
    return (
      <p className="placeholder">
        This line is no sample's message. Pick a sample in the sidebar to compare a line with it.
      </p>
    )
  }
  if (!check) return <p className="placeholder">Comparing with {sample}…</p>
  return (
    <div className="diff-tab">
      <p
        className="diff-summary"
        data-testid="diff-summary"
        data-status={check.pass ? 'pass' : 'fail'}
      >
        {check.pass
          ? `No difference: the event matches sample ${sample}.`
          : `The event differs from sample ${sample} (expected on the left, actual on the right).`}
      </p>
      <EditCopyButton check={check} />
      <div className="diff-editor">
        <DiffEditor
          language="json"
          original={expected}
          modified={actual}
          originalModelPath="inmemory://playground/expected.json"
          modifiedModelPath="inmemory://playground/actual.json"
          // Disposing the models on unmount races the diff widget's own reset (it throws "TextModel
          // got disposed before DiffEditorWidget model got reset"); the fixed paths reuse them instead,
          // and the effect above gives a reused model the current text.
          keepCurrentOriginalModel
          keepCurrentModifiedModel
          onMount={(instance) => {
            editorRef.current = instance
            setMounted(true)
          }}
          options={{
            readOnly: true,
            originalEditable: false,
            automaticLayout: true,
            renderSideBySide: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            fontSize: 13,
          }}
        />
      </div>
    </div>
  )
}

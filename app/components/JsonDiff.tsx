import { DiffEditor } from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useRef, useState } from 'react'

/**
 * A read-only side-by-side diff of two JSON texts. Its models live at fixed paths and are kept on
 * unmount: disposing them races the diff widget's own reset (it throws "TextModel got disposed
 * before DiffEditorWidget model got reset"). A reused model may hold an older text, so the current
 * one is pushed into it after mount.
 */
export function JsonDiff({
  original,
  modified,
  modelPrefix,
}: {
  original: string
  modified: string
  /** Each diff view owns its pair of models: `inmemory://playground/<prefix>-{expected,actual}.json`. */
  modelPrefix: string
}) {
  const editorRef = useRef<editor.IStandaloneDiffEditor | null>(null)
  const [mounted, setMounted] = useState(false)

  useEffect(() => {
    const models = mounted ? editorRef.current?.getModel() : null
    if (!models) return
    if (models.original.getValue() !== original) models.original.setValue(original)
    if (models.modified.getValue() !== modified) models.modified.setValue(modified)
  }, [mounted, original, modified])

  return (
    <div className="diff-editor">
      <DiffEditor
        language="json"
        original={original}
        modified={modified}
        originalModelPath={`inmemory://playground/${modelPrefix}-expected.json`}
        modifiedModelPath={`inmemory://playground/${modelPrefix}-actual.json`}
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
  )
}

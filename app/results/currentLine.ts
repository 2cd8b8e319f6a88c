import { useMemo } from 'react'
import { usePlayground } from '../store/index'
import type { LineResult } from '../worker/protocol'
import { lineAt } from './lineAt'

export interface CurrentLine {
  line: number
  text: string | null
  result: LineResult | null
  /** The sample this line is compared with: the one pinned to it, else the one whose message it is. */
  sample: string | null
}

/**
 * The line the output panel shows: the editor's cursor line, or, while the File tab is open, the
 * line of the file picked in its results list.
 */
export function useCurrentLine(): CurrentLine {
  const text = usePlayground((state) => state.text)
  const cursorLine = usePlayground((state) => state.cursorLine)
  const fileLine = usePlayground((state) => (state.mainTab === 'file' ? state.fileLine : null))
  const pin = usePlayground((state) => state.pin)
  const editorText = useMemo(() => lineAt(text, cursorLine), [text, cursorLine])
  const line = fileLine ? fileLine.line + 1 : cursorLine
  const lineText = fileLine ? fileLine.text : editorText
  const result = usePlayground((state) =>
    lineText === null ? null : (state.byText.get(lineText) ?? null),
  )
  const pinned = fileLine === null && pin?.line === line
  const sample = pinned ? pin.sample : (result?.sample ?? null)
  return { line, text: lineText, result, sample }
}

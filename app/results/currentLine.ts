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

export function useCurrentLine(): CurrentLine {
  const text = usePlayground((state) => state.text)
  const line = usePlayground((state) => state.cursorLine)
  const pin = usePlayground((state) => state.pin)
  const lineText = useMemo(() => lineAt(text, line), [text, line])
  const result = usePlayground((state) =>
    lineText === null ? null : (state.byText.get(lineText) ?? null),
  )
  const sample = pin?.line === line ? pin.sample : (result?.sample ?? null)
  return { line, text: lineText, result, sample }
}

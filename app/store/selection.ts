import type { StateCreator } from 'zustand'
import type { Capture } from '../../parser/types'
import type { SampleStatus } from '../worker/protocol'
import type { PlaygroundState } from './types'

export type OutputTab = 'event' | 'rule' | 'captures' | 'trace' | 'diff' | 'explain' | 'expected'
export const OUTPUT_TABS: readonly OutputTab[] = [
  'event',
  'rule',
  'captures',
  'trace',
  'diff',
  'explain',
  'expected',
]

/** A sample compared with an editor line, even after the line is edited away from its message. */
export interface SamplePin {
  line: number
  sample: string
}

export interface SelectionSlice {
  /** 1-based line of the editor's cursor: the line the output panel shows. */
  cursorLine: number
  tab: OutputTab
  /** The output field under the pointer or focus; its source characters are highlighted. */
  hoveredField: string | null
  /** The capture under the pointer or focus; the fields it feeds are highlighted. */
  hoveredCapture: Capture | null
  pin: SamplePin | null
  /** A line the editor should select and scroll to; `seq` tells repeated requests apart. */
  reveal: { line: number; seq: number } | null
  setCursorLine: (line: number) => void
  setTab: (tab: OutputTab) => void
  setHoveredField: (field: string | null) => void
  setHoveredCapture: (capture: Capture | null) => void
  /** The pinned line moved (lines inserted or deleted above it) or vanished (null). */
  movePin: (line: number | null) => void
  /** Put a sample's message in the editor (reusing a line that already holds it) and compare them. */
  openSample: (sample: SampleStatus) => void
}

export const createSelectionSlice: StateCreator<PlaygroundState, [], [], SelectionSlice> = (
  set,
) => ({
  cursorLine: 1,
  tab: 'event',
  hoveredField: null,
  hoveredCapture: null,
  pin: null,
  reveal: null,
  setCursorLine: (cursorLine) => set({ cursorLine }),
  setTab: (tab) => set({ tab }),
  setHoveredField: (hoveredField) => set({ hoveredField }),
  setHoveredCapture: (hoveredCapture) => set({ hoveredCapture }),
  movePin: (line) =>
    set((state) => ({ pin: state.pin && line !== null ? { ...state.pin, line } : null })),
  openSample: (sample) =>
    set((state) => {
      const lines = state.text === null || state.text === '' ? [] : state.text.split('\n')
      let index = lines.indexOf(sample.message)
      if (index < 0) {
        lines.push(sample.message)
        index = lines.length - 1
      }
      const line = index + 1
      return {
        text: lines.join('\n'),
        externalEdits: state.externalEdits + 1,
        cursorLine: line,
        tab: 'diff',
        pin: { line, sample: sample.name },
        reveal: { line, seq: (state.reveal?.seq ?? 0) + 1 },
      }
    }),
})

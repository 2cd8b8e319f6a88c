import type { StateCreator } from 'zustand'
import type { PlaygroundState } from './types'

/** The views of the middle pane; a new view adds its id here and its entry in MainPane's list. */
export type MainTab = 'logs' | 'parser' | 'file'

export interface MainPaneSlice {
  mainTab: MainTab
  setMainTab: (tab: MainTab) => void
}

export const createMainPaneSlice: StateCreator<PlaygroundState, [], [], MainPaneSlice> = (set) => ({
  mainTab: 'logs',
  setMainTab: (mainTab) => set({ mainTab }),
})

import type { ExpectedDraftsSlice } from './expectedDrafts'
import type { FileRunSlice } from './fileRun'
import type { FormatSlice } from './format'
import type { FormatSourceSlice } from './formatSource'
import type { InputSlice } from './input'
import type { LearnSlice } from './learn'
import type { MainPaneSlice } from './mainPane'
import type { PreferencesSlice } from './preferences'
import type { ResultsSlice } from './results'
import type { SamplesSlice } from './samples'
import type { SavingSlice } from './saving'
import type { SelectionSlice } from './selection'
import type { UserSamplesSlice } from './userSamples'

export type PlaygroundState = InputSlice &
  ResultsSlice &
  SelectionSlice &
  SamplesSlice &
  PreferencesSlice &
  FormatSlice &
  LearnSlice &
  UserSamplesSlice &
  MainPaneSlice &
  FileRunSlice &
  FormatSourceSlice &
  ExpectedDraftsSlice &
  SavingSlice

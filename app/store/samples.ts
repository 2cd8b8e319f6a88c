import type { StateCreator } from 'zustand'
import type { SampleStatus } from '../worker/protocol'
import type { PlaygroundState } from './types'

export type SampleStatusFilter = 'all' | 'pass' | 'fail'

export interface SamplesSlice {
  samples: readonly SampleStatus[]
  sampleQuery: string
  sampleStatus: SampleStatusFilter
  setSampleQuery: (query: string) => void
  setSampleStatus: (status: SampleStatusFilter) => void
}

export const createSamplesSlice: StateCreator<PlaygroundState, [], [], SamplesSlice> = (set) => ({
  samples: [],
  sampleQuery: '',
  sampleStatus: 'all',
  setSampleQuery: (sampleQuery) => set({ sampleQuery }),
  setSampleStatus: (sampleStatus) => set({ sampleStatus }),
})

export function filterSamples(
  samples: readonly SampleStatus[],
  query: string,
  status: SampleStatusFilter,
): SampleStatus[] {
  const needle = query.trim().toLowerCase()
  return samples.filter(
    (sample) =>
      (status === 'all' || (status === 'pass') === sample.pass) &&
      (needle === '' || sample.name.toLowerCase().includes(needle)),
  )
}

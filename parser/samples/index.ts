export { proposeName, safeName, uniqueName } from './names'
export { readSampleFile, sampleNameOf, serializeSample } from './sample-file'
export type * from './types'
export { MAX_ENTRY_BYTES, samplesFromZip, samplesToZip, type ZipImport } from './zip'

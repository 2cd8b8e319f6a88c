import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { uniqueName } from './names'
import { readSampleFile, sampleNameOf, serializeSample } from './sample-file'
import type { SampleDraft, SampleManifest } from './types'

/** A test file is a few KiB; anything far larger is not one, and must not be inflated blindly. */
export const MAX_ENTRY_BYTES = 1024 * 1024

export interface ZipImport {
  imported: SampleDraft[]
  rejected: { file: string; reason: string }[]
}

/**
 * The samples as a zip laid out like an intake-formats folder (`tests/NAME.json`). Two samples
 * with the same name get suffixes rather than one silently replacing the other.
 */
export function samplesToZip(
  samples: readonly SampleDraft[],
  manifest: SampleManifest,
): Uint8Array {
  const names: string[] = []
  const files: Record<string, Uint8Array> = {}
  for (const sample of samples) {
    const name = uniqueName(sample.name, names)
    names.push(name)
    files[`tests/${name}.json`] = strToU8(serializeSample(sample, manifest))
  }
  return zipSync(files, { level: 9 })
}

// Archivers add folders and metadata that are not files a user meant to import.
function isNoise(path: string): boolean {
  return path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(path)
}

/**
 * Every `.json` entry that is a valid test file becomes a sample (wherever it sits in the
 * archive); every other entry is listed with the reason. Never throws: a broken archive is
 * one rejection.
 */
export function samplesFromZip(bytes: Uint8Array, existing: Iterable<string> = []): ZipImport {
  const rejected: ZipImport['rejected'] = []
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize <= MAX_ENTRY_BYTES) return true
        rejected.push({ file: file.name, reason: `larger than ${MAX_ENTRY_BYTES} bytes` })
        return false
      },
    })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      imported: [],
      rejected: [{ file: '(archive)', reason: `not a readable zip: ${detail}` }],
    }
  }
  const names = [...existing]
  const imported: SampleDraft[] = []
  for (const [path, content] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    if (isNoise(path)) continue
    if (!/\.json$/i.test(path)) {
      rejected.push({ file: path, reason: 'not a .json test file' })
      continue
    }
    const read = readSampleFile(path, strFromU8(content))
    if (!read.ok) {
      const reason = read.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')
      rejected.push({ file: path, reason })
      continue
    }
    const name = uniqueName(sampleNameOf(path), names)
    names.push(name)
    imported.push({ ...read.sample, name })
  }
  return { imported, rejected }
}

import {
  readSampleFile,
  sampleNameOf,
  samplesFromZip,
  uniqueName,
  type ZipImport,
} from '../../parser/samples/index'

/** A file the user picked, read to bytes (the browser's File API is async; this is not). */
export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/**
 * Reads picked `.json` test files and `.zip` archives of them. Good samples get names free among
 * `existing` and each other (never overwriting); every bad file is listed with its reason.
 */
export function importSampleFiles(
  files: readonly PickedFile[],
  existing: Iterable<string>,
): ZipImport {
  const names = [...existing]
  const result: ZipImport = { imported: [], rejected: [] }
  for (const file of files) {
    if (/\.zip$/i.test(file.name)) {
      const archive = samplesFromZip(file.bytes, names)
      names.push(...archive.imported.map((sample) => sample.name))
      result.imported.push(...archive.imported)
      result.rejected.push(
        ...archive.rejected.map((entry) => ({ ...entry, file: `${file.name}: ${entry.file}` })),
      )
    } else if (/\.json$/i.test(file.name)) {
      const read = readSampleFile(file.name, new TextDecoder().decode(file.bytes))
      if (!read.ok) {
        const reason = read.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')
        result.rejected.push({ file: file.name, reason })
        continue
      }
      const name = uniqueName(sampleNameOf(file.name), names)
      names.push(name)
      result.imported.push({ ...read.sample, name })
    } else {
      result.rejected.push({ file: file.name, reason: 'not a .json test file or a .zip of them' })
    }
  }
  return result
}

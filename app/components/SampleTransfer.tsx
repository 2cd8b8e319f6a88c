import { useEffect, useState } from 'react'
import { samplesToZip, type ZipImport } from '../../parser/samples/index'
import { openFormatZips } from '../formats/readPicked'
import { useController } from '../results/controllerContext'
import { importSampleFiles } from '../samples/importFiles'
import { downloadFile } from '../share/download'
import { playgroundStore, usePlayground } from '../store/index'
import { takenNames } from '../store/userSamples'
import { openFolder } from './FormatPicker'

async function importPicked(files: readonly File[]): Promise<ZipImport> {
  const picked = await Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  )
  // Names are checked against the store as it is once the files are read, not when they were picked.
  const state = playgroundStore.getState()
  const result = importSampleFiles(picked, takenNames(state))
  state.importUserSamples(result.imported)
  return result
}

// Only what the file picker accepts is taken from a drop; anything else dropped is ignored.
function isSampleFile(file: File): boolean {
  return /\.(json|zip)$/i.test(file.name)
}

/** Export of all the user's samples as an intake-formats zip, and import of files or zips. */
export function SampleTransfer() {
  const samples = usePlayground((state) => state.userSamples)
  const format = usePlayground((state) => state.format)
  const [report, setReport] = useState<ZipImport | null>(null)
  const controller = useController()

  // Files dropped anywhere on the page go the picker's way; without preventing the default, the
  // browser would navigate away to the dropped file.
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true
    const onDragOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      const files = [...(event.dataTransfer?.files ?? [])].filter(isSampleFile)
      if (files.length === 0) return
      // A zip holding ingest/parser.yml is a format to open, not samples to import.
      void openFormatZips(files, (folder) => openFolder(controller, folder)).then((rest) => {
        if (rest.length > 0) void importPicked(rest).then(setReport)
      })
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [controller])

  return (
    <div className="sample-transfer">
      <button
        type="button"
        disabled={!format || samples.length === 0}
        onClick={() => {
          if (!format) return
          const zip = samplesToZip(samples, { slug: format.slug, uuid: format.uuid })
          downloadFile(`${format.slug}-samples.zip`, zip, 'application/zip')
        }}
      >
        Export all (.zip)
      </button>
      <label className="file-pick">
        Import…
        <input
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          aria-label="Import samples (.json or .zip)"
          onChange={(event) => {
            const input = event.currentTarget
            const files = [...(input.files ?? [])]
            // Cleared so that picking the same file again imports it again.
            input.value = ''
            void importPicked(files).then(setReport)
          }}
        />
      </label>
      {report && (
        <div className="import-report" role="status" data-testid="import-report">
          <p>Imported {report.imported.length} sample(s).</p>
          {report.rejected.length > 0 && (
            <ul>
              {report.rejected.map((entry) => (
                <li key={entry.file}>
                  {entry.file}: {entry.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

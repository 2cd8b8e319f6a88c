import { useEffect, useState } from 'react'
import type { OpenedFolder } from '../formats/folder'
import {
  droppedEntries,
  holdsDirectory,
  type PickedFormat,
  readDroppedEntries,
  readPickedFiles,
} from '../formats/readPicked'
import type { PlaygroundController } from '../results/controller'
import { useController } from '../results/controllerContext'
import { BUILTIN_NAME, BUILTIN_SOURCE } from '../store/formatSource'
import { playgroundStore, usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'

/** Opens a folder the user picked; why it was refused, or could not be tried, is recorded. */
export async function openFolder(controller: PlaygroundController, folder: OpenedFolder) {
  try {
    await controller.openFormat({ kind: 'folder', name: folder.name, files: folder.files })
  } catch (error) {
    // A worker killed meanwhile (say, by the watchdog) is restarted with the current format.
    const reason = `${folder.name} could not be opened: ${String(error)}`
    playgroundStore.getState().setFormatError(reason)
  }
}

async function openPicked(controller: PlaygroundController, picked: Promise<PickedFormat>) {
  const read = await picked
  if (read.ok) await openFolder(controller, read.folder)
  else playgroundStore.getState().setFormatError(read.reason)
}

/**
 * Which format the playground parses with, and the ways to another: pick a folder or a zip, or
 * drop a folder anywhere on the page (dropped zips are sorted out by the samples import's drop).
 */
export function FormatPicker() {
  const controller = useController()
  const source = usePlayground((state) => state.formatSource)
  const name = usePlayground((state) => state.format?.name ?? null)
  const error = usePlayground((state) => state.formatError)
  const setError = usePlayground((state) => state.setFormatError)
  const [busy, setBusy] = useState(false)

  const run = (work: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    void work()
      .catch((error: unknown) => setError(String(error)))
      .finally(() => setBusy(false))
  }

  // A folder dropped anywhere on the page; the samples import ignores folders.
  useEffect(() => {
    const onDrop = (event: DragEvent) => {
      const entries = event.dataTransfer ? droppedEntries(event.dataTransfer.items) : []
      if (!holdsDirectory(entries)) return
      event.preventDefault()
      setBusy(true)
      setError(null)
      void openPicked(controller, readDroppedEntries(entries)).finally(() => setBusy(false))
    }
    window.addEventListener('drop', onDrop)
    return () => window.removeEventListener('drop', onDrop)
  }, [controller, setError])

  const onPick = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])]
    // Cleared so that picking the same folder again opens it again.
    input.value = ''
    if (files.length > 0) run(() => openPicked(controller, readPickedFiles(files)))
  }

  return (
    <section className="format-picker" aria-label="Format" data-testid="format-picker">
      <p className="format-current">
        <span className="format-label">Format</span>{' '}
        <strong data-testid="format-current">{name === null ? '…' : showHidden(name)}</strong>
        {source.kind === 'folder' && <span className="format-origin"> (opened folder)</span>}
      </p>
      <div className="format-actions">
        <label
          className="file-pick"
          title="A folder laid out like intake-formats: ingest/parser.yml, _meta/, tests/"
        >
          Open folder…
          <input
            type="file"
            aria-label="Open a format folder"
            // React has no prop for it; the browser needs the attribute to pick a directory.
            ref={(input) => input?.setAttribute('webkitdirectory', '')}
            multiple
            disabled={busy}
            onChange={(event) => onPick(event.currentTarget)}
          />
        </label>
        <label className="file-pick">
          Open .zip…
          <input
            type="file"
            accept=".zip,application/zip"
            aria-label="Open a zipped format folder"
            disabled={busy}
            onChange={(event) => onPick(event.currentTarget)}
          />
        </label>
        {source.kind === 'folder' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => controller.openFormat(BUILTIN_SOURCE))}
          >
            Back to {BUILTIN_NAME}
          </button>
        )}
      </div>
      {busy && (
        <p className="format-busy" role="status">
          Opening…
        </p>
      )}
      {error && (
        <div className="format-error" role="alert" data-testid="format-error">
          <pre>{error}</pre>
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  )
}

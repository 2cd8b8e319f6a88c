import { zipEntries } from './archive'
import { formatFolderOf, isFormatFile, type OpenedFolder, type PickedEntry } from './folder'

const isZip = (name: string) => /\.zip$/i.test(name)

/** A zip's files under the archive's name, or the file itself when it is a format's file. */
async function readFile(file: File, path: string): Promise<PickedEntry[]> {
  if (isZip(file.name)) {
    const prefix = path.slice(0, path.length - file.name.length)
    const entries = zipEntries(new Uint8Array(await file.arrayBuffer()))
    return entries.map((entry) => ({ path: `${prefix}${entry.path}`, text: entry.text }))
  }
  return isFormatFile(path) ? [{ path, text: await file.text() }] : []
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject))

// A directory reader hands its entries out in batches, until an empty one.
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader()
  const children: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) return children
    children.push(...batch)
  }
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile

async function walk(entry: FileSystemEntry, path: string): Promise<PickedEntry[]> {
  if (isFile(entry)) return readFile(await fileOf(entry), path)
  if (!isDirectory(entry)) return []
  const children = await childrenOf(entry)
  const read = await Promise.all(children.map((child) => walk(child, `${path}/${child.name}`)))
  return read.flat()
}

/** What the user picked or dropped, read: the format folder in it, or why there is none. */
export type PickedFormat = { ok: true; folder: OpenedFolder } | { ok: false; reason: string }

function pickedFormat(entries: readonly PickedEntry[], name: string): PickedFormat {
  const folder = formatFolderOf(entries, name)
  return folder
    ? { ok: true, folder }
    : { ok: false, reason: `${name} holds no ingest/parser.yml: it is not a format folder.` }
}

async function readAll(reads: Promise<PickedEntry[]>[], name: string): Promise<PickedFormat> {
  try {
    return pickedFormat((await Promise.all(reads)).flat(), name)
  } catch (error) {
    return { ok: false, reason: `${name} could not be read: ${String(error)}` }
  }
}

/** The files of an `<input webkitdirectory>` (paths from the picked folder) or of a picked zip. */
export function readPickedFiles(files: readonly File[]): Promise<PickedFormat> {
  const first = files[0]
  const name = first ? first.webkitRelativePath.split('/')[0] || first.name : 'the selection'
  const reads = files.map((file) => readFile(file, file.webkitRelativePath || file.name))
  return readAll(reads, name.replace(/\.zip$/i, ''))
}

/**
 * The entries of a drop, taken while the drop event lasts (the browser empties its DataTransfer
 * afterwards); reading them may take longer.
 */
export function droppedEntries(items: DataTransferItemList): FileSystemEntry[] {
  return [...items].flatMap((item) => item.webkitGetAsEntry() ?? [])
}

/** Whether a drop holds a directory: such drops are formats, never samples. */
export const holdsDirectory = (entries: readonly FileSystemEntry[]): boolean =>
  entries.some((entry) => entry.isDirectory)

export function readDroppedEntries(entries: readonly FileSystemEntry[]): Promise<PickedFormat> {
  const first = entries[0]
  const name = first ? first.name.replace(/\.zip$/i, '') : 'the drop'
  return readAll(
    entries.map((entry) => walk(entry, entry.name)),
    name,
  )
}

/** The format folder a zip holds, or null for any other zip (one of samples, say). */
async function formatInZip(file: File): Promise<OpenedFolder | null> {
  const picked = await readAll([readFile(file, file.name)], file.name.replace(/\.zip$/i, ''))
  return picked.ok ? picked.folder : null
}

/**
 * Opens, with `open`, each dropped zip that holds a format folder; resolves to the other files (the
 * samples import's). A zip that cannot be read is left to that import, which says why.
 */
export async function openFormatZips(
  files: readonly File[],
  open: (folder: OpenedFolder) => Promise<unknown>,
): Promise<File[]> {
  const rest: File[] = []
  for (const file of files) {
    const folder = isZip(file.name) ? await formatInZip(file) : null
    if (folder) await open(folder)
    else rest.push(file)
  }
  return rest
}

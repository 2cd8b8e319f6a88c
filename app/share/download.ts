/**
 * Hands bytes to the browser as a download: a Blob behind a temporary <a download>, the one way a
 * page saves a file without a server.
 */
export function downloadFile(
  fileName: string,
  content: string | Uint8Array | Blob,
  type: string,
): void {
  // A Uint8Array may view a larger or shared buffer; a copy gives Blob exactly these bytes. A Blob
  // is taken as it is (a file run's export is one of many parts, never copied into the page).
  const part =
    typeof content === 'string' || content instanceof Blob ? content : new Uint8Array(content)
  const url = URL.createObjectURL(new Blob([part], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

import { useEffect, useState } from 'react'
import { linkStateOf, samplesFromLink } from '../share/linkState'
import { decodePermalink, encodePermalink } from '../share/permalink'
import { playgroundStore } from '../store/index'
import { takenNames } from '../store/userSamples'

/**
 * Opens the state a link's fragment carries, once, then drops the fragment so a reload keeps
 * the user's later edits. A link that does not decode changes nothing; the reason is returned.
 */
function openFragment(): string | null {
  const fragment = location.hash.slice(1)
  if (fragment === '') return null
  history.replaceState(null, '', location.pathname + location.search)
  const decoded = decodePermalink(fragment)
  if (!decoded.ok) return `This link could not be opened: ${decoded.reason}. Nothing was changed.`
  const store = playgroundStore.getState()
  store.setText(decoded.state.lines.join('\n'))
  store.importUserSamples(samplesFromLink(decoded.state, store.userSamples, takenNames(store)))
  return null
}

/** "Copy link": the editor's lines (and their samples' expected events) in the URL fragment. */
export function ShareLink() {
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    // Only a refusal is worth saying; a second run (React's strict mode) finds no fragment.
    const open = () => {
      const refusal = openFragment()
      if (refusal) setMessage(refusal)
    }
    open()
    // A link pasted into this tab's address bar changes only the fragment: no reload.
    addEventListener('hashchange', open)
    return () => removeEventListener('hashchange', open)
  }, [])

  const copy = async () => {
    const { text, userSamples } = playgroundStore.getState()
    const encoded = encodePermalink(linkStateOf(text, userSamples))
    if (!encoded.ok) {
      setMessage(`No link: ${encoded.reason}.`)
      return
    }
    const url = `${location.origin}${location.pathname}#${encoded.fragment}`
    try {
      await navigator.clipboard.writeText(url)
      setMessage('Link copied.')
    } catch {
      setMessage('The clipboard refused the link.')
    }
  }

  return (
    <span className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {message && (
        <output className="share-message" data-testid="share-message">
          {message}
        </output>
      )}
    </span>
  )
}

import { serializeSample } from '../../parser/samples/index'
import { useCurrentLine } from '../results/currentLine'
import { useUserSampleChecks } from '../samples/useUserSampleChecks'
import { downloadFile } from '../share/download'
import { usePlayground } from '../store/index'
import { showHidden } from '../text/showHidden'
import { SampleTransfer } from './SampleTransfer'

/** Makes a sample of the cursor line whose expected event is what the parser produces now. */
function NewSampleButton() {
  const current = useCurrentLine()
  const addUserSample = usePlayground((state) => state.addUserSample)
  const editSample = usePlayground((state) => state.editSample)
  const setTab = usePlayground((state) => state.setTab)
  const result = current.result
  return (
    <button
      type="button"
      disabled={current.text === null || current.text === '' || result === null}
      onClick={() => {
        if (current.text === null || result === null) return
        editSample(addUserSample(result.result.trace.rule, current.text, result.result.event))
        setTab('expected')
      }}
    >
      New sample from this line
    </button>
  )
}

function UndoToast() {
  const undoable = usePlayground((state) => state.undoable)
  const undo = usePlayground((state) => state.undo)
  if (!undoable) return null
  return (
    <div className="toast" role="status">
      {undoable.label}{' '}
      <button type="button" onClick={undo}>
        Undo
      </button>
    </div>
  )
}

/** The user's own samples, below the format's: same pass/fail marks, plus edit, export and delete. */
export function UserSamples() {
  useUserSampleChecks()
  const samples = usePlayground((state) => state.userSamples)
  const checks = usePlayground((state) => state.userChecks)
  const editing = usePlayground((state) => state.editing)
  const format = usePlayground((state) => state.format)
  const editSample = usePlayground((state) => state.editSample)
  const setTab = usePlayground((state) => state.setTab)
  const deleteUserSample = usePlayground((state) => state.deleteUserSample)

  return (
    <section className="user-samples" aria-label="Your samples">
      <header className="samples-header">
        <h2>Your samples</h2>
        <NewSampleButton />
      </header>
      <SampleTransfer />
      <ul className="samples-list">
        {samples.map((sample) => {
          const pass = checks.get(sample.name)?.pass
          const state = pass === undefined ? 'unknown' : pass ? 'pass' : 'fail'
          return (
            <li key={sample.name} className="user-sample" data-user-sample={sample.name}>
              <button
                type="button"
                className={sample.name === editing ? 'sample-item pinned' : 'sample-item'}
                data-status={state}
                title={showHidden(sample.message)}
                onClick={() => {
                  editSample(sample.name)
                  setTab('expected')
                }}
              >
                <span className="sample-status" aria-hidden="true">
                  {pass === undefined ? '…' : pass ? '✓' : '✗'}
                </span>
                <span className="visually-hidden">{`${state}: `}</span>
                <span className="sample-name">{sample.name}</span>
                <span className="sample-owner">yours</span>
              </button>
              <button
                type="button"
                aria-label={`Export ${sample.name}`}
                disabled={!format}
                onClick={() => {
                  if (!format) return
                  const text = serializeSample(sample, { slug: format.slug, uuid: format.uuid })
                  downloadFile(`${sample.name}.json`, text, 'application/json')
                }}
              >
                Export
              </button>
              <button
                type="button"
                aria-label={`Delete ${sample.name}`}
                onClick={() => deleteUserSample(sample.name)}
              >
                Delete
              </button>
            </li>
          )
        })}
        {samples.length === 0 && (
          <li className="placeholder">None yet: put the cursor on a line and make one.</li>
        )}
      </ul>
      <UndoToast />
    </section>
  )
}

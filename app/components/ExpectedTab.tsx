import { useMemo, useState } from 'react'
import type { SampleDraft } from '../../parser/samples/index'
import { layoutJson } from '../output/jsonLayout'
import { usePlayground } from '../store/index'
import type { UserSampleCheck } from '../worker/protocol'
import { ExpectedEditor } from './ExpectedEditor'
import { JsonDiff } from './JsonDiff'

function SampleActions({ sample, check }: { sample: SampleDraft; check: UserSampleCheck | null }) {
  const rename = usePlayground((state) => state.renameUserSample)
  const duplicate = usePlayground((state) => state.duplicateUserSample)
  const acceptActual = usePlayground((state) => state.acceptActual)
  const [name, setName] = useState(sample.name)
  const [refusal, setRefusal] = useState<string | null>(null)

  return (
    <form
      className="sample-actions"
      onSubmit={(event) => {
        event.preventDefault()
        setRefusal(rename(sample.name, name))
      }}
    >
      <input
        aria-label="Sample name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit">Rename</button>
      <button type="button" onClick={() => duplicate(sample.name)}>
        Duplicate
      </button>
      <button
        type="button"
        disabled={!check || check.pass}
        onClick={() => acceptActual(sample.name)}
      >
        Accept actual as expected
      </button>
      {refusal && <span role="alert">{refusal}</span>}
    </form>
  )
}

/** Compares the sample's expected event (left) with what the parser makes of its line (right). */
function UserSampleDiff({ check }: { check: UserSampleCheck }) {
  const expected = useMemo(() => layoutJson(check.expected).text, [check])
  const actual = useMemo(() => layoutJson(check.actual).text, [check])
  return (
    <>
      <p
        className="diff-summary"
        data-testid="expected-status"
        data-status={check.pass ? 'pass' : 'fail'}
      >
        {check.pass
          ? 'The parser produces this expected event.'
          : 'The parser produces another event:'}
      </p>
      <JsonDiff original={expected} modified={actual} modelPrefix="user-diff" />
    </>
  )
}

/** Where a user sample is edited: its name, its expected event, and its diff with the actual. */
export function ExpectedTab() {
  const sample = usePlayground(
    (state) => state.userSamples.find((entry) => entry.name === state.editing) ?? null,
  )
  const check = usePlayground((state) =>
    state.editing === null ? null : (state.userChecks.get(state.editing) ?? null),
  )
  if (!sample) {
    return (
      <p className="placeholder">
        Pick one of your samples in the sidebar to edit its expected event.
      </p>
    )
  }
  return (
    <div className="expected-tab">
      <SampleActions key={sample.name} sample={sample} check={check} />
      <ExpectedEditor key={`editor-${sample.name}`} sample={sample} />
      {check && <UserSampleDiff check={check} />}
    </div>
  )
}

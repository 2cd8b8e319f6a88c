import { useEffect, useMemo } from 'react'
import { layoutJson } from '../output/jsonLayout'
import { useController } from '../results/controllerContext'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'
import { checkKey } from '../store/results'
import type { SampleCheck } from '../worker/protocol'
import { JsonDiff } from './JsonDiff'

/** The comparison of the cursor line with its sample, asking the worker for it when missing. */
export function useCurrentCheck(): { sample: string | null; check: SampleCheck | null } {
  const controller = useController()
  const current = useCurrentLine()
  const rev = usePlayground((state) => state.format?.rev)
  const check = usePlayground((state) =>
    current.sample && current.text !== null
      ? (state.checks.get(checkKey(current.sample, current.text)) ?? null)
      : null,
  )
  useEffect(() => {
    if (current.sample && current.text !== null && rev !== undefined) {
      void controller.ensureCheck(current.sample, current.text)
    }
  }, [controller, current.sample, current.text, rev])
  return { sample: current.sample, check }
}

/**
 * Built-in samples are read-only: editing one starts from a user copy of it, with the expected
 * event as compared (normalized), which compares equal to the original.
 */
function EditCopyButton({ check }: { check: SampleCheck }) {
  const message = usePlayground(
    (state) => state.samples.find((sample) => sample.name === check.sample)?.message ?? null,
  )
  const addUserSample = usePlayground((state) => state.addUserSample)
  const editSample = usePlayground((state) => state.editSample)
  const setTab = usePlayground((state) => state.setTab)
  if (message === null) return null
  return (
    <button
      type="button"
      className="edit-copy"
      onClick={() => {
        editSample(addUserSample(check.sample, message, check.expected))
        setTab('expected')
      }}
    >
      Edit a copy of {check.sample}
    </button>
  )
}

export function DiffTab() {
  const { sample, check } = useCurrentCheck()
  const expected = useMemo(() => (check ? layoutJson(check.expected).text : ''), [check])
  const actual = useMemo(() => (check ? layoutJson(check.actual).text : ''), [check])

  if (!sample) {
    return (
      <p className="placeholder">
        This line is no sample's message. Pick a sample in the sidebar to compare a line with it.
      </p>
    )
  }
  if (!check) return <p className="placeholder">Comparing with {sample}…</p>
  return (
    <div className="diff-tab">
      <p
        className="diff-summary"
        data-testid="diff-summary"
        data-status={check.pass ? 'pass' : 'fail'}
      >
        {check.pass
          ? `No difference: the event matches sample ${sample}.`
          : `The event differs from sample ${sample} (expected on the left, actual on the right).`}
      </p>
      <EditCopyButton check={check} />
      <JsonDiff original={expected} modified={actual} modelPrefix="sample" />
    </div>
  )
}

import { Fragment } from 'react'
import { usePlayground } from '../store/index'

function SampleLinks({ names, verb }: { names: readonly string[]; verb: string }) {
  const samples = usePlayground((state) => state.samples)
  const openSample = usePlayground((state) => state.openSample)
  if (names.length === 0) return null
  return (
    <span className="regression-change">
      {names.map((name, index) => {
        const sample = samples.find((entry) => entry.name === name)
        return (
          <Fragment key={name}>
            {index > 0 && (index === names.length - 1 ? ' and ' : ', ')}
            <button
              type="button"
              className="link-button"
              data-sample-link={name}
              title={`Open ${name} and its diff`}
              disabled={!sample}
              onClick={() => sample && openSample(sample)}
            >
              {name}
            </button>
          </Fragment>
        )
      })}{' '}
      {verb}
    </span>
  )
}

/**
 * What the last recompile did to the samples: "32/34 passing — A and B now fail". Each name opens
 * its sample and the diff of its expected event with the actual one.
 */
export function RegressionSummary() {
  const samples = usePlayground((state) => state.samples)
  const regression = usePlayground((state) => state.regression)
  if (samples.length === 0) return null
  const passing = samples.filter((sample) => sample.pass).length
  const nowFail = regression?.nowFail ?? []
  const nowPass = regression?.nowPass ?? []
  const changed = nowFail.length > 0 || nowPass.length > 0
  return (
    <output
      className="regression-summary"
      data-testid="regression-summary"
      data-status={passing === samples.length ? 'pass' : 'fail'}
    >
      <strong>
        {passing}/{samples.length} passing
      </strong>
      {changed && ' — '}
      <SampleLinks names={nowFail} verb="now fail" />
      {nowFail.length > 0 && nowPass.length > 0 && '; '}
      <SampleLinks names={nowPass} verb="now pass" />
    </output>
  )
}

/** The samples counter's note of the last recompile's change: "−2 +1", explained on hover. */
export function RegressionDelta() {
  const regression = usePlayground((state) => state.regression)
  if (!regression || (regression.nowFail.length === 0 && regression.nowPass.length === 0)) {
    return null
  }
  const title = [
    regression.nowFail.length > 0 ? `now fail: ${regression.nowFail.join(', ')}` : '',
    regression.nowPass.length > 0 ? `now pass: ${regression.nowPass.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')
  return (
    <span className="regression-delta" data-testid="regression-delta" title={title}>
      {regression.nowFail.length > 0 && (
        <span className="badge-fail">−{regression.nowFail.length}</span>
      )}
      {regression.nowPass.length > 0 && (
        <span className="badge-pass">+{regression.nowPass.length}</span>
      )}
    </span>
  )
}

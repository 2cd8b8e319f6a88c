import { useMemo } from 'react'
import { problemGroups, problemTally } from '../formats/problemGroups'
import { parseProgress } from '../results/progress'
import { usePlayground } from '../store/index'

/**
 * While lines are being parsed, how far along; and how many problems the format has, if any, which
 * opens the Parser tab where they are listed.
 */
export function ParseStatus() {
  const text = usePlayground((state) => state.text)
  const byText = usePlayground((state) => state.byText)
  const failures = usePlayground((state) => state.failures)
  const diagnostics = usePlayground((state) => state.format?.diagnostics)
  const setMainTab = usePlayground((state) => state.setMainTab)
  const setView = usePlayground((state) => state.setView)
  const progress = useMemo(() => parseProgress(text, byText, failures), [text, byText, failures])
  const groups = useMemo(() => problemGroups(diagnostics ?? []), [diagnostics])
  const count = groups.reduce((sum, group) => sum + group.problems.length, 0)
  return (
    <>
      {progress.done < progress.total && (
        <output className="parse-progress" data-testid="parse-progress">
          parsing {progress.done.toLocaleString('en')} / {progress.total.toLocaleString('en')} lines
        </output>
      )}
      {count > 0 && (
        <button
          type="button"
          className="format-problems"
          data-testid="format-problems-badge"
          data-severity={groups.some((group) => group.errors > 0) ? 'error' : 'warning'}
          title={`${problemTally(groups)}: show them in the Parser tab`}
          onClick={() => {
            setView('workbench')
            setMainTab('parser')
          }}
        >
          ⚠ {count} problem{count === 1 ? '' : 's'} in the format
        </button>
      )}
    </>
  )
}

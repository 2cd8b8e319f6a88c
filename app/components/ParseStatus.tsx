import { useMemo } from 'react'
import { parseProgress } from '../results/progress'
import { usePlayground } from '../store/index'

/** While lines are being parsed, how far along; and the format's problems, if it has any. */
export function ParseStatus() {
  const text = usePlayground((state) => state.text)
  const byText = usePlayground((state) => state.byText)
  const failures = usePlayground((state) => state.failures)
  const diagnostics = usePlayground((state) => state.format?.diagnostics)
  const progress = useMemo(() => parseProgress(text, byText, failures), [text, byText, failures])
  const problems = diagnostics?.filter((diagnostic) => diagnostic.severity === 'error') ?? []
  return (
    <>
      {progress.done < progress.total && (
        <output className="parse-progress" data-testid="parse-progress">
          parsing {progress.done.toLocaleString('en')} / {progress.total.toLocaleString('en')} lines
        </output>
      )}
      {problems.length > 0 && (
        <span
          className="format-problems"
          title={problems
            .map(
              (problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`,
            )
            .join('\n')}
        >
          ⚠ {problems.length} problem{problems.length === 1 ? '' : 's'} in the format
        </span>
      )}
    </>
  )
}

import { useMemo } from 'react'
import type { Diagnostic } from '../../parser/types'
import { type ProblemGroup, problemGroups, problemTally } from '../formats/problemGroups'
import { showHidden } from '../text/showHidden'

// File names and messages come from the opened folder (a message may quote its text): shown as
// React text, their invisible characters escaped.
function ProblemText({ file, problem }: { file: string; problem: Diagnostic }) {
  return (
    <>
      <span className="problem-severity">{problem.severity}</span>{' '}
      <span className="problem-at" title={showHidden(`${file}:${problem.line}:${problem.column}`)}>
        line {problem.line}:{problem.column}
      </span>{' '}
      — {showHidden(problem.message)}
    </>
  )
}

function ProblemFile({
  group,
  onReveal,
}: {
  group: ProblemGroup
  onReveal: (problem: Diagnostic) => void
}) {
  return (
    <li className="problem-file" data-file={group.file}>
      <span className="problem-file-name">{showHidden(group.file)}</span>
      <ul>
        {group.problems.map((problem) => (
          <li
            key={`${problem.line}:${problem.column}:${problem.severity}:${problem.code}:${problem.message}`}
            data-severity={problem.severity}
          >
            {group.editable ? (
              <button
                type="button"
                className="problem-reveal"
                title="Show in the editor"
                onClick={() => onReveal(problem)}
              >
                <ProblemText file={group.file} problem={problem} />
              </button>
            ) : (
              <ProblemText file={group.file} problem={problem} />
            )}
          </li>
        ))}
      </ul>
    </li>
  )
}

/**
 * Every problem of the loaded format folder, by file: parser.yml's lead to their place in the
 * editor; the other files are not edited in the playground, so theirs are text.
 */
export function FormatProblems({
  diagnostics,
  onReveal,
}: {
  diagnostics: readonly Diagnostic[]
  onReveal: (problem: Diagnostic) => void
}) {
  const groups = useMemo(() => problemGroups(diagnostics), [diagnostics])
  if (groups.length === 0) return null
  return (
    <section
      className="format-problem-list"
      aria-label="Format problems"
      data-testid="format-problems"
    >
      <h3>
        Format problems <span className="problem-tally">{problemTally(groups)}</span>
      </h3>
      <ul>
        {groups.map((group) => (
          <ProblemFile key={group.file} group={group} onReveal={onReveal} />
        ))}
      </ul>
    </section>
  )
}

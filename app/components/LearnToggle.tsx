import { usePlayground } from '../store/index'

/** Switches the page between the workbench and Learn mode. */
export function LearnToggle() {
  const view = usePlayground((state) => state.view)
  const setView = usePlayground((state) => state.setView)
  const learning = view === 'learn'
  return (
    <button
      type="button"
      className="learn-toggle"
      data-testid="learn-toggle"
      aria-pressed={learning}
      onClick={() => setView(learning ? 'workbench' : 'learn')}
    >
      Learn
    </button>
  )
}

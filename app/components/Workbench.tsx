import { useEffect } from 'react'
import { Group, Panel, Separator } from 'react-resizable-panels'
import type { ThemeKind } from '../captures/palette'
import { applyEditorTheme } from '../monaco/themes'
import { usePlayground } from '../store/index'
import { MainPane } from './MainPane'
import { OutputPanel } from './OutputPanel'
import { SamplesSidebar } from './SamplesSidebar'

const MAIN_GROUP = 'main'

/** Everything that needs Monaco: loaded after the page shell, so the shell shows at once. */
export default function Workbench({ theme }: { theme: ThemeKind }) {
  const layout = usePlayground((state) => state.layouts[MAIN_GROUP])
  const setLayout = usePlayground((state) => state.setLayout)

  useEffect(() => applyEditorTheme(theme), [theme])

  return (
    <Group
      className="workbench"
      id={MAIN_GROUP}
      orientation="horizontal"
      defaultLayout={layout}
      onLayoutChanged={(next) => setLayout(MAIN_GROUP, next)}
    >
      <Panel id="samples" defaultSize="20" minSize="10" className="pane">
        <SamplesSidebar />
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the samples pane" />
      <Panel id="editor" defaultSize="45" minSize="20" className="pane">
        <MainPane />
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the output pane" />
      <Panel id="output" defaultSize="35" minSize="20" className="pane">
        <OutputPanel />
      </Panel>
    </Group>
  )
}

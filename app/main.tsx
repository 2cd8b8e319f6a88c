import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { helpersFor } from './files/fileLanes'
import { PlaygroundController, WATCHDOG_MS } from './results/controller'
import { ControllerContext } from './results/controllerContext'
import { playgroundStore } from './store/index'
import { spawnParserWorker } from './worker/client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// One worker for the page's lifetime; started before React so parsing overlaps the first render.
// Whole files are parsed on spare cores too, by helper workers started when first needed.
const controller = new PlaygroundController(
  spawnParserWorker,
  playgroundStore,
  WATCHDOG_MS,
  helpersFor(navigator.hardwareConcurrency),
)
void controller.start()

createRoot(root).render(
  <StrictMode>
    <ControllerContext.Provider value={controller}>
      <App />
    </ControllerContext.Provider>
  </StrictMode>,
)

import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/language/json/json.worker?worker'

// Monaco's language services run in workers of their own; Vite bundles them from the same origin.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}

// Without this, @monaco-editor/react would fetch Monaco from a CDN.
loader.config({ monaco })

export { monaco }

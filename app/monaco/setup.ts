import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/language/json/json.worker?worker'
// The editor's features (hover, find, folding, diff editor, …) and the two languages we show. The
// package root would add every language and the TypeScript, CSS and HTML services (and their
// workers, 9 MB in the build) that the playground never uses.
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/features/json/register'
import 'monaco-editor/languages/definitions/yaml/register'

// Monaco's language services run in workers of their own; Vite bundles them from the same origin.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}

// Without this, @monaco-editor/react would fetch Monaco from a CDN.
loader.config({ monaco })

export { monaco }

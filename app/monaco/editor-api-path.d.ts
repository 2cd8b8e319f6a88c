// @monaco-editor/react types itself against Monaco's old deep path, which monaco-editor 0.57's export
// map no longer serves; without this alias its callbacks would silently receive untyped editors.
declare module 'monaco-editor/esm/vs/editor/editor.api' {
  export * from 'monaco-editor/editor/editor.api'
}

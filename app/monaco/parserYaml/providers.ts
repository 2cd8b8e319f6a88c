// Monaco's side of the parser.yml language features: model positions to text offsets and back,
// and the pure modules' answers as hovers, definitions, references, completion items, renames
// and symbols.

import type * as Monaco from 'monaco-editor/editor/editor.api'
import { completionsAt, type SuggestionKind } from './completion'
import { hoverAt } from './hover'
import type { TemplateNames } from './library'
import { isParserModelUri } from './modelUri'
import { definitionAt, usagesAt } from './navigation'
import { type ParserOutline, readOutline, type Span } from './outline'
import type { PatternTable } from './patternTable'
import { renameSpans, renameTargetAt } from './rename'
import { type OutlineSymbol, outlineSymbols } from './symbols'

type MonacoApi = typeof Monaco
type Model = Monaco.editor.ITextModel

const APPLIED_KINDS: ReadonlySet<SuggestionKind> = new Set(['filter', 'test'])

interface Place {
  text: string
  outline: ParserOutline
  offset: number
}

export class ParserYamlProviders {
  // Reading the outline parses the whole file: once per model version, however many providers ask.
  private readonly outlines = new WeakMap<Model, { version: number; outline: ParserOutline }>()
  private readonly monaco: MonacoApi
  private readonly library: () => Promise<PatternTable>
  private readonly templateNames: () => Promise<TemplateNames>

  constructor(
    monaco: MonacoApi,
    library: () => Promise<PatternTable>,
    templateNames: () => Promise<TemplateNames>,
  ) {
    this.monaco = monaco
    this.library = library
    this.templateNames = templateNames
  }

  register(): Monaco.IDisposable[] {
    const { languages } = this.monaco
    return [
      languages.registerHoverProvider('yaml', { provideHover: (m, p) => this.hover(m, p) }),
      languages.registerDefinitionProvider('yaml', {
        provideDefinition: (model, position) => this.definition(model, position),
      }),
      languages.registerReferenceProvider('yaml', {
        provideReferences: (model, position, context) =>
          this.references(model, position, context.includeDeclaration),
      }),
      languages.registerRenameProvider('yaml', {
        provideRenameEdits: (model, position, newName) => this.rename(model, position, newName),
        resolveRenameLocation: (model, position) => this.renameLocation(model, position),
      }),
      languages.registerDocumentSymbolProvider('yaml', {
        displayName: 'parser.yml',
        provideDocumentSymbols: (model) => this.symbols(model),
      }),
      languages.registerCompletionItemProvider('yaml', {
        triggerCharacters: ['{', '.', ':', '<', '|', ' '],
        provideCompletionItems: (model, position, context) =>
          this.completions(model, position, context.triggerCharacter === ' '),
      }),
    ]
  }

  private place(model: Model, position: Monaco.IPosition): Place | null {
    const outline = this.outline(model)
    return outline && { ...outline, offset: model.getOffsetAt(position) }
  }

  private outline(model: Model): { text: string; outline: ParserOutline } | null {
    if (!isParserModelUri(model.uri.toString())) return null
    const version = model.getVersionId()
    let cached = this.outlines.get(model)
    const text = model.getValue()
    if (cached?.version !== version) {
      cached = { version, outline: readOutline(text) }
      this.outlines.set(model, cached)
    }
    return { text, outline: cached.outline }
  }

  private range(model: Model, span: Span): Monaco.IRange {
    const start = model.getPositionAt(span.start)
    const end = model.getPositionAt(span.end)
    return new this.monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column)
  }

  private async hover(model: Model, position: Monaco.Position) {
    const place = this.place(model, position)
    if (!place) return null
    const [library, names] = await Promise.all([this.library(), this.templateNames()])
    const hover = hoverAt(place.text, place.outline, place.offset, library, names)
    if (!hover || model.isDisposed()) return null
    return { range: this.range(model, hover.span), contents: [{ value: hover.contents }] }
  }

  private definition(model: Model, position: Monaco.Position): Monaco.languages.Location[] {
    const place = this.place(model, position)
    const span = place && definitionAt(place.text, place.outline, place.offset)
    return span ? [{ uri: model.uri, range: this.range(model, span) }] : []
  }

  private references(model: Model, position: Monaco.Position, includeDefinition: boolean) {
    const place = this.place(model, position)
    if (!place) return []
    return usagesAt(place.text, place.outline, place.offset, includeDefinition).map((span) => ({
      uri: model.uri,
      range: this.range(model, span),
    }))
  }

  private renameLocation(model: Model, position: Monaco.Position) {
    const place = this.place(model, position)
    if (!place) return null
    const target = renameTargetAt(place.text, place.outline, place.offset)
    const at = 'refused' in target ? { start: place.offset, end: place.offset } : target.span
    return {
      range: this.range(model, at),
      text: 'refused' in target ? '' : target.name,
      rejectReason: 'refused' in target ? target.refused : undefined,
    }
  }

  private rename(model: Model, position: Monaco.Position, newName: string) {
    const place = this.place(model, position)
    if (!place) return null
    const spans = renameSpans(place.text, place.outline, place.offset, newName)
    if ('refused' in spans) return { edits: [], rejectReason: spans.refused }
    const versionId = model.getVersionId()
    return {
      edits: spans.map((span) => ({
        resource: model.uri,
        textEdit: { range: this.range(model, span), text: newName },
        versionId,
      })),
    }
  }

  private symbols(model: Model): Monaco.languages.DocumentSymbol[] {
    const outline = this.outline(model)
    if (!outline) return []
    const { SymbolKind } = this.monaco.languages
    const kinds = {
      'grok step': SymbolKind.Module,
      'custom pattern': SymbolKind.Constant,
      stage: SymbolKind.Class,
    }
    const convert = (symbol: OutlineSymbol): Monaco.languages.DocumentSymbol => ({
      name: symbol.name,
      detail: symbol.detail,
      kind: kinds[symbol.kind],
      tags: [],
      range: this.range(model, symbol.span),
      selectionRange: this.range(model, symbol.selection),
      children: symbol.children.map(convert),
    })
    return outlineSymbols(outline.outline).map(convert)
  }

  /** `afterSpace`: typing a space asked, which only `| ` and `is ` answer (else a list at every word). */
  private async completions(
    model: Model,
    position: Monaco.Position,
    afterSpace: boolean,
  ): Promise<Monaco.languages.CompletionList | null> {
    const place = this.place(model, position)
    if (!place) return null
    const [library, names] = await Promise.all([this.library(), this.templateNames()])
    const found = completionsAt(place.text, place.outline, place.offset, library, names)
    if (!found || model.isDisposed()) return null
    const offered = afterSpace
      ? found.suggestions.filter((suggestion) => APPLIED_KINDS.has(suggestion.kind))
      : found.suggestions
    if (offered.length === 0) return null
    const range = this.range(model, found.replace)
    const kinds = this.completionKinds()
    return {
      suggestions: offered.map((suggestion, index) => ({
        label: suggestion.label,
        kind: kinds[suggestion.kind],
        detail: suggestion.detail,
        documentation: suggestion.documentation,
        insertText: suggestion.label,
        // The order completionsAt chose (custom patterns before the base library) is kept.
        sortText: String(index).padStart(5, '0'),
        range,
      })),
    }
  }

  private completionKinds(): Record<SuggestionKind, Monaco.languages.CompletionItemKind> {
    const { CompletionItemKind } = this.monaco.languages
    return {
      'custom pattern': CompletionItemKind.Function,
      'base pattern': CompletionItemKind.Constant,
      capture: CompletionItemKind.Field,
      layer: CompletionItemKind.Module,
      stage: CompletionItemKind.Class,
      field: CompletionItemKind.Property,
      filter: CompletionItemKind.Function,
      test: CompletionItemKind.Operator,
    }
  }
}

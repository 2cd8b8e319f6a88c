import Editor from '@monaco-editor/react'
import type { editor } from 'monaco-editor'
import { useEffect, useMemo, useRef, useState } from 'react'
import { captureClass } from '../captures/palette'
import { patternSegments } from '../output/patternSegments'
import { patternsUsed } from '../output/rulePatterns'
import { useCurrentLine } from '../results/currentLine'
import { usePlayground } from '../store/index'

/** A grok pattern with the parts that captured something on this line in their capture colour. */
function PatternView({
  name,
  source,
  captured,
}: {
  name: string | null
  source: string
  captured: ReadonlySet<string>
}) {
  return (
    <pre className="rule-pattern" title={name ? `custom pattern ${name}` : 'the rule'}>
      {name && <span className="pattern-name">{name}: </span>}
      {patternSegments(source).map((segment, index) => {
        // Segments are positional and never reordered, so their index is a stable key.
        const key = index
        if (!segment.field) return <span key={key}>{segment.text}</span>
        const took = captured.has(segment.field)
        return (
          <mark
            key={key}
            className={
              took
                ? `pattern-field ${captureClass(segment.field)}`
                : 'pattern-field pattern-field-unmatched'
            }
            title={took ? `captured ${segment.field}` : `${segment.field} did not take part`}
          >
            {segment.text}
          </mark>
        )
      })}
    </pre>
  )
}

const NO_PATTERNS: Readonly<Record<string, string>> = {}

export function RuleTab() {
  const current = useCurrentLine()
  const rules = usePlayground((state) => state.format?.rules ?? null)
  const definition = usePlayground((state) => state.format?.definition ?? null)
  const customPatterns = usePlayground((state) => state.format?.customPatterns ?? NO_PATTERNS)
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const lineDecoration = useRef<editor.IEditorDecorationsCollection | null>(null)
  const [mounted, setMounted] = useState(false)

  const trace = current.result?.result.trace
  const ruleName = trace?.rule ?? null
  const rule = ruleName ? (rules?.find((candidate) => candidate.name === ruleName) ?? null) : null
  const captured = useMemo(
    () => new Set((trace?.captures ?? []).map((capture) => capture.field)),
    [trace],
  )

  useEffect(() => {
    const instance = editorRef.current
    if (!mounted || !instance) return
    if (!rule) {
      lineDecoration.current?.clear()
      return
    }
    lineDecoration.current?.set([
      {
        range: {
          startLineNumber: rule.line,
          startColumn: 1,
          endLineNumber: rule.line,
          endColumn: 1,
        },
        options: { isWholeLine: true, className: 'rule-definition-line' },
      },
    ])
    instance.revealLineInCenter(rule.line)
  }, [mounted, rule])

  if (!trace) return <p className="placeholder">Parsing…</p>
  return (
    <div className="rule-tab">
      {rule ? (
        <div className="rule-summary">
          <h2>
            Rule <code data-testid="rule-name">{rule.name}</code>
            <span className="rule-location">
              {rule.file}:{rule.line}:{rule.column}
            </span>
          </h2>
          <PatternView name={null} source={rule.source} captured={captured} />
          {patternsUsed(rule.source, customPatterns).map((pattern) => (
            <PatternView
              key={pattern.name}
              name={pattern.name}
              source={pattern.source}
              captured={captured}
            />
          ))}
        </div>
      ) : (
        <p className="placeholder no-rule">
          No rule matched this line: none of the pattern's alternatives matches it.
        </p>
      )}
      {definition && (
        <div className="definition-view">
          <Editor
            path="inmemory://playground/parser.yml"
            language="yaml"
            value={definition.text}
            onMount={(instance) => {
              editorRef.current = instance
              lineDecoration.current = instance.createDecorationsCollection()
              setMounted(true)
            }}
            options={{
              readOnly: true,
              ariaLabel: definition.file,
              automaticLayout: true,
              fontSize: 12,
              minimap: { enabled: false },
              scrollBeyondLastLine: false,
              wordWrap: 'on',
            }}
          />
        </div>
      )}
    </div>
  )
}

// Errors a template raises, shaped after Jinja2's: syntax errors at compile time, runtime errors while rendering.

/** A template that Jinja2 would refuse to compile (or that this engine cannot compile), located in its source. */
export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError'
  /** 1-based line and column (UTF-16 units) inside the template source. */
  readonly line: number
  readonly column: number
  constructor(
    message: string,
    readonly offset: number,
    source: string,
  ) {
    super(message)
    const before = source.slice(0, offset)
    const lines = before.split(/\r\n|\r|\n/)
    this.line = lines.length
    this.column = (lines[lines.length - 1] ?? '').length + 1
  }
}

/** Rendering failed the way it fails under Jinja2: the platform then treats the value as "cannot be computed". */
export class TemplateRuntimeError extends Error {
  override readonly name: string = 'TemplateRuntimeError'
}

/** Jinja2's UndefinedError: an operation on an undefined value other than printing, iterating or testing it. */
export class UndefinedError extends TemplateRuntimeError {
  override readonly name = 'UndefinedError'
}

export type PythonErrorType =
  | 'TypeError'
  | 'ValueError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'

/** A Python exception raised by an operator, a method or a filter (TypeError, ValueError…). */
export class PythonError extends TemplateRuntimeError {
  override readonly name = 'PythonError'
  constructor(
    readonly pythonType: PythonErrorType,
    detail: string,
  ) {
    super(`${pythonType}: ${detail}`)
  }
}

export const typeError = (detail: string): PythonError => new PythonError('TypeError', detail)
export const valueError = (detail: string): PythonError => new PythonError('ValueError', detail)

// The template engine's public surface: Jinja2 with Python semantics, as the platform renders parser.yml.
export { PythonError, TemplateRuntimeError, TemplateSyntaxError, UndefinedError } from './errors'
export { parsePythonLiteral } from './literal'
export { FILTER_NAMES, TEST_NAMES } from './registry'
export { pyStr } from './repr'
export { compileTemplate, isTemplate, type Scope, type Template } from './template'
export { pyTruthy } from './truth'

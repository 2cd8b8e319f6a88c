// Test support: a small parser.yml that exercises every kind of place the language features know.

export const DEFINITION = `name: demo
pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: >-
          %{RULE_A}|%{RULE_B}
        custom_patterns:
          RULE_A: '^from %{IP:ip_address} ''quoted'''
          RULE_B: "port %{NUMBER:port} %{RULE_A}"
  - name: set_fields
    filter: "{{ parsed_event.result.port != None }}"
stages:
  set_fields:
    actions:
      - set:
          source.ip: "{{ parsed_event.result.ip_address }}"
      - set:
          event.kind: event
          source.ip: "{{ parsed_event.result.ip_address }}"
`

/** The offset of the `occurrence`-th (from 0) `marker` in `text`, plus `delta`. */
export function offsetOf(text: string, marker: string, delta = 0, occurrence = 0): number {
  let at = -1
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(marker, at + 1)
    if (at < 0) throw new Error(`${marker} occurs fewer than ${occurrence + 1} times`)
  }
  return at + delta
}

/** Some of the engine's filter and test names, symbolic tests among them, as the worker sends them. */
export const TEMPLATE_NAMES = {
  filters: ['lower', 'length', 'last', 'default', 'd', 'replace', 'int'],
  tests: ['defined', 'none', 'divisibleby', '==', 'eq'],
}

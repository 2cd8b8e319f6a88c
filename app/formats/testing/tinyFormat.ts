// Test support: a small format folder, laid out as in intake-formats, with two samples it passes.
import type { FormatFiles } from '../../../parser/index'

export const TINY_FORMAT_NAME = 'Tiny Greetings'
const UUID = '6f1d2b9e-0c1a-4d53-9b1e-2a7c5e8f4d10'

const PARSER = `pipeline:
  - name: parsed_event
    external:
      name: grok.match
      properties:
        input_field: original.message
        output_field: result
        pattern: 'hello %{WORD:user_name} from %{IP:source_ip}'
  - name: set_fields
    filter: '{{ parsed_event.result != None }}'
stages:
  set_fields:
    actions:
      - set:
          event.kind: event
          user.name: '{{ parsed_event.result.user_name }}'
          source.ip: '{{ parsed_event.result.source_ip }}'
`

function sample(user: string, ip: string): string {
  const message = `hello ${user} from ${ip}`
  const input = {
    sekoiaio: { intake: { dialect: 'tiny-greetings', dialect_uuid: UUID } },
    message,
  }
  const expected = {
    message,
    event: { kind: 'event' },
    user: { name: user },
    source: { ip, address: ip },
    related: { ip: [ip], user: [user] },
  }
  return `${JSON.stringify({ input, expected }, null, 2)}\n`
}

export const TINY_FORMAT: FormatFiles = {
  '_meta/manifest.yml': `uuid: ${UUID}\nname: ${TINY_FORMAT_NAME}\nslug: tiny-greetings\n`,
  'ingest/parser.yml': PARSER,
  'tests/GREETING_alice.json': sample('alice', '10.0.0.1'),
  'tests/GREETING_bob.json': sample('bob', '192.168.1.20'),
}

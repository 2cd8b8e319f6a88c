import { describe, expect, it } from 'vitest'
import { compileTemplate } from './template'

describe('references', () => {
  it.each([
    ['{{ parsed_event.result.source_ip }}', ['parsed_event.result.source_ip']],
    ["{{ parsed_event['result']['ip'] | lower }}", ['parsed_event.result.ip']],
    ["{{ parsed_event.result.get('user') }}", ['parsed_event.result.user']],
    ['{{ parsed_event.result.msg.strip("\'") }}', ['parsed_event.result.msg']],
    ['{{ a.b[x].c }}', ['a.b', 'x']],
    ['{{ a.list[0] }}', ['a.list']],
    ['{{ original.message }}{{ original.message }}', ['original.message']],
    ['{{ parsed_event.message != None }}', ['parsed_event.message']],
    ['{% if r.x %}{{ r.y }}{% else %}{{ r.z or "-" }}{% endif %}', ['r.x', 'r.y', 'r.z']],
    ['{% set ip = r.ip %}{{ ip }}{{ ip.x }}', ['r.ip']], // locals are not reads of the scope
    ['{{ x }}{% set x = 1 %}{{ x }}', ['x']], // read before it is set
    ['{% for k, v in r.items() %}{{ k }}{{ v }}{{ loop.index }}{% endfor %}{{ k }}', ['r', 'k']],
    ['{% for i in [1] %}{% set t = 1 %}{% endfor %}{{ t }}', ['t']], // a loop's set does not leak
    ['{% if c %}{% set t = 1 %}{% endif %}{{ t }}', ['c', 't']], // maybe unset after the if
    ['{{ range(3) | list }}{{ dict(a=1) }}', []],
    ['{% set ns = namespace() %}{% set ns.a = r.v %}{{ ns.a }}', ['r.v']],
    ['{{ "literal" }}', []],
  ])('%s', (template, expected) => {
    expect(compileTemplate(template).references).toEqual(expected)
  })
})

// Micro-benchmark of the grok engine alone: an ESXi-like 25+-rule pattern (about 100 named
// groups) over lines made from the seed messages, `match` versus one V8 `exec` of the same pattern
// translated to a plain RegExp with the `d` flag (the speed floor, engine.md §3), and the worst
// single-line time on adversarial 64 KiB lines. Run: npx tsx parser/bench/grok.ts

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compileGrok } from '../grok'
import { adversarialLines, makeCorpus } from './corpus'
import { median } from './measure'

const HEADER =
  '^\\s*%{WORD:log_level} %{PROG:process_name}\\[%{INT:process_pid}\\] \\[Originator@%{INT:originator} sub=%{DATA:sub}(?: opID=%{NOTSPACE:op_id})?(?: user=%{NOTSPACE:op_user})?\\] '
const VOB = '^\\s*\\[%{WORD:correlator}\\] %{INT:uptime}us: \\['
const IO =
  "<io_obj p:%{NOTSPACE:io_pointer}, h:%{INT:handle}, <TCP '%{IP:local_ip} : %{INT:local_port}'>, <TCP '%{IP:remote_ip} : %{INT:remote_port}'>>"

/** Rules shaped like the platform's ESXi parser, written from the seed lines. */
const RULES: Record<string, string> = {
  HOSTD_SSH_SESSION: `${HEADER}Event %{INT:event_id} : SSH session was %{WORD:action} for '%{USER:user}@%{IP:source_ip}'\\.`,
  HOSTD_LOGIN: `${HEADER}Event %{INT:event_id} : User %{USER:source_user}@%{IP:source_ip} logged in as %{NOTSPACE:user}(?: %{GREEDYDATA:user_agent})?$`,
  HOSTD_LOGOUT: `${HEADER}Event %{INT:event_id} : User %{USER:user}@%{IP:source_ip} logged out \\(login time: %{DATA:login_time}, number of API invocations: %{INT:api_calls}, user agent: %{DATA:user_agent}\\)`,
  HOSTD_PASSWORD: `${HEADER}Accepted password for user %{USER:user} from %{IP:source_ip}`,
  HOSTD_AUTH: `${HEADER}\\[Auth\\]: User %{USER:user}`,
  HOSTD_CONGESTION: `${HEADER}%{WORD:component}: congestion control algorithm: %{WORD:algorithm}`,
  PROXY_CONNECTED: `${HEADER}Connected to %{HOSTNAME:dest_host}:%{INT:dest_port} \\(%{DATA:url_path}\\) over ${IO}`,
  PROXY_SHUTDOWN: `${HEADER}Failed to shutdown socket; ${IO}, e: %{INT:error_code}\\(%{DATA:error_context}: %{DATA:reason}\\)`,
  FDM_UNSET: `${HEADER}Unset %{NOTSPACE:property} for %{WORD:object_type} \\(%{PATH:file_path}\\)`,
  FDM_HEALTH: `${HEADER}Healthstatus of VM %{PATH:file_path} on live hostId %{NOTSPACE:host_id} : %{WORD:health}`,
  FDM_FAILED: `${HEADER}%{WORD:file_action}\\(%{PATH:file_path}\\) failed with %{GREEDYDATA:reason}`,
  VOB_SSH: `${VOB}vob\\.user\\.ssh\\.session\\.%{WORD:action}\\] SSH session was %{WORD} for '%{USER:user}@%{IP:source_ip}'\\.`,
  VOB_ISCSI: `${VOB}%{NOTSPACE:vob_id}\\] iScsi connection %{INT:connection_id} stopped for %{NOTSPACE:adapter}`,
  SSHD_DISCONNECTED: '^Disconnected from user %{USER:user} %{IP:source_ip} port %{INT:source_port}',
  SSHD_CLOSED:
    '^\\s*Connection closed by authenticating user %{USER:user} %{IP:source_ip} port %{INT:source_port} \\[preauth\\]',
  SSHD_RECEIVED:
    '^Received disconnect from %{IP:source_ip} port %{INT:source_port}:%{INT:reason_code}: %{GREEDYDATA:reason}',
  SSHD_PUBLICKEY:
    '^Accepted publickey for %{USER:user} from %{IP:source_ip} port %{INT:source_port} %{WORD:protocol}: %{WORD:key_type} %{NOTSPACE:key_hash}',
  SSHD_CONNECTION: '^Connection from %{IP:source_ip} port %{INT:source_port}',
  PAM_SESSION:
    '^pam_unix\\(%{WORD:pam_service}:session\\): session %{WORD:action} for user %{USER:user}(?: by \\(uid=%{INT:uid}\\))?',
  CROND:
    '^USER %{USER:user} pid %{INT:process_pid} cmd %{NOTSPACE:command}(?: %{GREEDYDATA:command_args})?',
  SHELL: "^User '%{USER:user}' running command '%{DATA:command_line}'",
  EXECUTING: "^Executing '%{DATA:command_line}'",
  DHCP: '^\\s*%{WORD:dhcp_type} on %{WORD:interface} to %{IP:dest_ip} port %{INT:dest_port} interval %{INT:interval}',
  SERIAL:
    '^\\s*(?:QuerySerialNumber --- real serial number is|get_serial_num_of_SATA_SAS_disk---serial num is) %{NOTSPACE:serial_number}',
  ISCSI_RECOVERED:
    '^\\s*connection %{NOTSPACE:connection_id} \\(%{NOTSPACE:target_iqn} if=%{WORD:iface} addr=%{IP:dest_ip}:%{INT:dest_port} \\(TPGT:%{INT:tpgt} ISID:%{NOTSPACE:isid}\\)\\s+\\(T%{INT:target} C%{INT:channel}\\)\\) has recovered \\(%{INT:attempts} attempts\\)',
  KEY_ACTION: '^Using key ID\\s+%{UUID:key_id} to %{WORD:action}',
  FILE_ACTION: '^%{WORD:action} %{NOTSPACE:file_name}$',
  HOSTD_OTHER: `${HEADER}%{GREEDYDATA:message}`,
}

const PATTERN = Object.keys(RULES)
  .map((name) => `%{${name}}`)
  .join('|')

function seedMessages(): string[] {
  const seed = readFileSync(
    fileURLToPath(new URL('../../../shared/seed/000_c7a16f6c6cfa7b1e.txt', import.meta.url)),
    'utf8',
  )
  const messages = new Set<string>()
  for (const match of seed.matchAll(/^\s*"message": ("(?:[^"\\]|\\.)*"),?$/gm)) {
    messages.add(JSON.parse(match[1] as string) as string)
  }
  return [...messages]
}

/**
 * Patterns a backtracking engine cannot survive, each with a line that contains the pattern's
 * required literals (so the literal prefilter cannot dismiss it) but matches late or not at all.
 */
function pathological(length: number): { name: string; pattern: string; line: string }[] {
  const pairs = ', fileName = /vmfs/volumes/ds1/vm.vmx'
    .repeat(Math.ceil(length / 38))
    .slice(0, length)
  return [
    {
      name: 'nested lazy key=value list',
      pattern: '^%{WORD:k}(?:, %{WORD} = %{DATA})*;',
      line: `k${pairs}\n;`,
    },
    { name: '\\s*\\s*\\s*x on spaces', pattern: '\\s*\\s*\\s*x', line: `${' '.repeat(length)}yx` },
    { name: '(a|a)*b on a run of a', pattern: '(a|a)*b', line: `${'a'.repeat(length)}cb` },
    { name: 'unanchored .*x', pattern: '.*x', line: `${'y'.repeat(length)}\nx` },
    {
      name: '(\\w+\\s?)*$ on words',
      pattern: '^(?:\\w+\\s?)*$',
      line: `${'word '.repeat(length / 5)}!`,
    },
    { name: 'QUOTEDSTRING never closed', pattern: '%{QS:q}x', line: `"${'a'.repeat(length)}x` },
  ]
}

/** Each seed message with a long run of one character spliced into its middle. */
function splicedSeedLines(
  messages: readonly string[],
  length: number,
): { name: string; line: string }[] {
  const lines: { name: string; line: string }[] = []
  for (const [index, message] of messages.entries()) {
    const middle = message.indexOf(' ', message.length >> 1)
    const at = middle < 0 ? message.length : middle
    for (const char of [' ', 'a', '1', '.', ',', '=', "'", '(', '[', ']', '@', ':']) {
      lines.push({
        name: `seed ${index} + ${JSON.stringify(char)}`,
        line: message.slice(0, at) + char.repeat(length) + message.slice(at),
      })
    }
  }
  return lines
}

/** The best of a few timings: the noise on a shared machine only ever adds time. */
function bestOf(run: () => void, tries = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < tries; i++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

function main() {
  const grok = compileGrok(PATTERN, { customPatterns: RULES })
  const floor = grok.floorRegExp()
  const lines = makeCorpus(seedMessages(), 20_000)
  const matched = lines.filter((line) => grok.match(line) !== null).length
  console.log(`pattern: ${grok.rules.length} rules, ${grok.names.length} capture names`)
  console.log(`corpus: ${lines.length} lines, ${matched} matched by grok`)

  // Interleaved runs, medians: on a shared machine both sides then see the same load.
  const grokTimes: number[] = []
  const floorTimes: number[] = []
  let sink = 0
  for (let run = 0; run < 9; run++) {
    let start = performance.now()
    for (const line of lines) if (grok.match(line)?.values) sink++
    grokTimes.push(performance.now() - start)
    start = performance.now()
    for (const line of lines) if (floor.exec(line)?.indices) sink++
    floorTimes.push(performance.now() - start)
  }
  if (sink < 0) throw new Error('unreachable')
  const grokRate = (lines.length / median(grokTimes)) * 1000
  const floorRate = (lines.length / median(floorTimes)) * 1000
  console.log(`grok match (captures + values): ${Math.round(grokRate)} lines/s`)
  console.log(`floor RegExp exec, d flag:      ${Math.round(floorRate)} lines/s`)
  console.log(`ratio grok / floor:             ${(grokRate / floorRate).toFixed(2)}`)

  const report = (title: string, size: number, inputs: { name: string; line: string }[]) => {
    const times = inputs.map(({ name, line }) => ({ name, ms: bestOf(() => grok.match(line)) }))
    const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a))
    const middle = median(times.map((t) => t.ms))
    console.log(
      `  ${title}, ${size} chars, ${inputs.length} lines: slowest ${slowest.ms.toFixed(2)} ms (${slowest.name}), median ${middle.toFixed(2)} ms`,
    )
  }
  console.log('worst single line, ESXi pattern:')
  for (const size of [16_384, 65_536]) {
    report('corpus.ts adversarial lines', size, adversarialLines(size))
    report('seed lines with a run spliced in', size, splicedSeedLines(seedMessages(), size))
  }
  console.log('pathological patterns (linear time: 64 KiB should take about 4x the 16 KiB time):')
  for (const size of [16_384, 65_536]) {
    for (const { name, pattern, line } of pathological(size)) {
      const compiled = compileGrok(pattern)
      const ms = bestOf(() => compiled.match(line), 5)
      console.log(`  ${`${size} chars, ${name}`.padEnd(50)} ${ms.toFixed(2).padStart(8)} ms`)
    }
  }
}

main()

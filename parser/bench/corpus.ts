// A reproducible benchmark corpus: the seed messages with their variable parts varied
// (IPs, users, pids, ports, paths, ids), plus lines that no rule matches.

/** mulberry32: a tiny seeded PRNG, so every run and every machine measures the same lines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const USERS = ['root', 'vpxuser', 'dcui', 'admin', 'svc-backup', 'ops.jane', 'ansible']
const DAEMONS = ['hostd', 'fdm', 'rhttpproxy', 'vpxa', 'kmxa']
const PATHS = ['/etc/vmware/esx.conf', '/bin/hostd-probe.sh', '/usr/lib/vmware/vsan/bin/vsanmgmtd']
const UNMATCHED = [
  'Section for VMware ESX, pid=2099656, version=7.0.3, build=20328353, option=Release',
  'vmkernel: cpu12:2098475)WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device "naa.6000" state in doubt',
  'crond[2099012]: USER root pid 0 cmd',
  '2023-04-18T07:14:36Z heartbeat[2100001]: up 12d3h, 42 VMs; 31 VMs running',
  '-- MARK --',
]

/** Rewrites every variable-looking token of a message; the shape, and so the rule, stays the same. */
function vary(message: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const int = (max: number) => 1 + Math.floor(random() * max)
  return message
    .replace(
      /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g,
      () => `${int(223)}.${int(254)}.${int(254)}.${int(254)}`,
    )
    .replace(/\b(?:root|vpxuser|pyvmomi)\b/g, () => pick(USERS))
    .replace(/\b(hostd|fdm|rhttpproxy|kmxa)\[\d+\]/g, () => `${pick(DAEMONS)}[${int(9_999_999)}]`)
    .replace(/\bport \d+/g, () => `port ${int(65_535)}`)
    .replace(/\bpid \d+/g, () => `pid ${int(9_999_999)}`)
    .replace(/\bEvent \d+/g, () => `Event ${int(9_999_999)}`)
    .replace(/\/etc\/vmware\/[\w./-]+|\/bin\/[\w.-]+/g, () => pick(PATHS))
    .replace(/\b\d{13}us\b/g, () => `${3_000_000_000_000 + int(999_999_999_999)}us`)
    .replace(/\b\d{16}\b/g, () => String(1_000_000_000_000_000 + int(8_999_999_999_999)))
}

/** `count` lines: about one in ten matches no rule, the rest are varied seed messages. */
export function makeCorpus(
  seedMessages: readonly string[],
  count: number,
  seed = 0x5eed,
): string[] {
  const random = seededRandom(seed)
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    if (random() < 0.1) {
      lines.push(UNMATCHED[Math.floor(random() * UNMATCHED.length)] as string)
    } else {
      const message = seedMessages[Math.floor(random() * seedMessages.length)] as string
      lines.push(vary(message, random))
    }
  }
  return lines
}

/** Lines built to make a backtracking engine explode: long runs of the characters ESXi rules pivot on. */
export function adversarialLines(length: number): { name: string; line: string }[] {
  const runs: [string, string][] = [
    ['spaces', ' '],
    ['brackets', '['],
    ['closing brackets', ']'],
    ['parentheses', '('],
    ['quotes', "'"],
    ['double quotes', '"'],
    ['equals', '='],
    ['commas', ','],
    ['at signs', '@'],
    ['dashes', '-'],
    ['digits', '1'],
    ['dots', '.'],
    ['word', 'a'],
  ]
  const prefixes: [string, string][] = [
    ['bare', ''],
    ['hostd header', 'info hostd[2099656] [Originator@6876 sub=Vimsvc opID=x] '],
    ['open header', 'info hostd[2099656] [Originator@6876 '],
    ['vobd header', '[GenericCorrelator] 3087878318715us: ['],
    ['sshd', 'Connection closed by authenticating user '],
    ['executing', "Executing '"],
    ['iscsi', 'connection 4:0 ('],
    ['hostd event', 'info hostd[1] [Originator@6876 sub=a] Event 1 : User root@'],
    ['serial', 'QuerySerialNumber '],
  ]
  const lines: { name: string; line: string }[] = []
  for (const [prefixName, prefix] of prefixes) {
    for (const [runName, char] of runs) {
      const body = char.repeat(Math.max(0, length - prefix.length - 1))
      lines.push({ name: `${prefixName} + ${runName}`, line: `${prefix}${body}x` })
      const alternating = `${char} `.repeat(Math.max(0, (length - prefix.length) >> 1))
      lines.push({ name: `${prefixName} + ${runName} and spaces`, line: `${prefix}${alternating}` })
    }
  }
  return lines
}

// Names become file names inside a zip and on disk; keep to what every filesystem accepts.
const UNSAFE = /[^A-Za-z0-9_.-]+/g

/** A file-safe sample name: unsafe runs become '_', never empty. */
export function safeName(wanted: string): string {
  const cleaned = wanted.replace(UNSAFE, '_').replace(/^[_.]+|_+$/g, '')
  return cleaned === '' ? 'sample' : cleaned
}

/**
 * `wanted` if free, else `wanted_2`, `wanted_3`…: never overwrites. Compared without case,
 * because 'Foo.json' and 'foo.json' are the same file on macOS and Windows checkouts.
 */
export function uniqueName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()))
  if (!taken.has(wanted.toLowerCase())) return wanted
  let suffix = 2
  while (taken.has(`${wanted}_${suffix}`.toLowerCase())) suffix++
  return `${wanted}_${suffix}`
}

/**
 * A name for a new sample from the rule that matched its line (e.g. 'AUTH_SSH_event_opened'),
 * suffixed when the format already has one by that name.
 */
export function proposeName(rule: string | null | undefined, existing: Iterable<string>): string {
  return uniqueName(safeName(rule ?? ''), existing)
}

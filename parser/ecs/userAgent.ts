// engine.md §6.2: the platform parses user_agent.original with uap-core; we use ua-parser-js and translate
// its names into uap-core's where the two libraries disagree.
import { type IResult, UAParser } from 'ua-parser-js'
import { CLIs, Crawlers, Libraries } from 'ua-parser-js/extensions'
import { BoundedMemo } from './memo'

export interface UserAgentFields {
  name: string
  /** major.minor.patch as far as known; absent without a major. */
  version?: string
  os: { name: string; version?: string }
  device: { name: string }
}

const UNKNOWN = 'Other'

/** ua-parser-js family → uap-core family, for the families whose spelling differs. */
const BROWSER_NAMES: Readonly<Record<string, string>> = {
  'Mobile Chrome': 'Chrome Mobile',
  'Mobile Firefox': 'Firefox Mobile',
  'Chrome WebView': 'Chrome Mobile WebView',
  'Chrome Headless': 'HeadlessChrome',
  'Android Browser': 'Android',
  'python-requests': 'Python Requests',
}
/**
 * ua-parser-js families uap-core has no rule for: it reports them as 'Other', without a version
 * (an Apache sample of the platform: 'Mozilla/4.08 [en] (Win98; I ;Nav)' has name 'Other').
 */
const NO_UAP_FAMILY: ReadonlySet<string> = new Set(['Mozilla'])
/** uap-core names Chrome and Firefox on iOS after the platform, since they are Safari underneath. */
const IOS_BROWSER_NAMES: Readonly<Record<string, string>> = {
  'Mobile Chrome': 'Chrome Mobile iOS',
  'Mobile Firefox': 'Firefox iOS',
}
const OS_NAMES: Readonly<Record<string, string>> = {
  macOS: 'Mac OS X',
  'Chromium OS': 'Chrome OS',
  BlackBerry: 'BlackBerry OS',
}

// biome-ignore lint/correctness/useHookAtTopLevel: ua-parser-js's useExtension is no React hook
const parser = new UAParser().useExtension(CLIs).useExtension(Libraries).useExtension(Crawlers)

function lookup(table: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined
}

/** uap-core reports up to three parts (major, minor, patch); a fourth, as in Chrome's 120.0.6099.109, is not part of it. */
function uapVersion(version: string | undefined): string | undefined {
  const parts = (version ?? '').split('.').slice(0, 3)
  const end = parts.indexOf('')
  const known = end === -1 ? parts : parts.slice(0, end)
  return known.length === 0 ? undefined : known.join('.')
}

function browserName(result: IResult): string {
  const name = result.browser.name
  if (name === undefined || NO_UAP_FAMILY.has(name)) return UNKNOWN
  if (result.os.name === 'iOS') {
    const ios = lookup(IOS_BROWSER_NAMES, name)
    if (ios !== undefined) return ios
  }
  return lookup(BROWSER_NAMES, name) ?? name
}

/**
 * uap-core's device families: 'iPhone', 'iPad', 'Mac', 'Samsung SM-G973F' (brand and model), 'Spider' for
 * crawlers, 'Other' when unknown. ua-parser-js gives vendor and model separately; we join them the same way.
 */
function deviceName(result: IResult): string {
  const { vendor, model } = result.device
  if (result.browser.type === 'crawler') return 'Spider'
  if (model === undefined) return UNKNOWN
  if (vendor === 'Apple') return model === 'Macintosh' ? 'Mac' : model
  return vendor === undefined ? model : `${vendor} ${model}`
}

function parse(original: string): UserAgentFields {
  const result = parser.setUA(original).getResult()
  const fields: UserAgentFields = {
    name: browserName(result),
    os: { name: UNKNOWN },
    device: { name: deviceName(result) },
  }
  const version = uapVersion(result.browser.version)
  if (fields.name !== UNKNOWN && version !== undefined) fields.version = version
  const osName = result.os.name
  if (osName !== undefined) {
    fields.os.name = lookup(OS_NAMES, osName) ?? osName
    const osVersion = uapVersion(result.os.version)
    if (osVersion !== undefined) fields.os.version = osVersion
  }
  return fields
}

const memo = new BoundedMemo(parse)

export const parseUserAgent = (original: string): UserAgentFields => memo.get(original)

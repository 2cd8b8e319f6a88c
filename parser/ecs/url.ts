// engine.md §6.5: url.original split into ECS url.* fields, and the URL a command line carries.
import { parse as parseDomain } from 'tldts'
import { isIpAddress } from './ip'

export interface UrlParts {
  scheme?: string
  domain?: string
  port?: number
  path?: string
  query?: string
  fragment?: string
  registered_domain?: string
  subdomain?: string
  top_level_domain?: string
}

// RFC 3986 appendix B: the generic split of any URI reference into its five components.
const URI_REFERENCE = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/
const AUTHORITY = /^(?:[^@]*@)?(\[[^\]]*\]|[^:]*)(?::([^:]*))?$/
const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 }
const COMMAND_LINE_URL = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s,]+/

/** The first `scheme://…` run of a command line, up to a space or a comma. */
export function urlFromCommandLine(commandLine: string): string | undefined {
  return COMMAND_LINE_URL.exec(commandLine)?.[0]
}

function explicitPort(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined
  const port = Number(text)
  return port <= 65535 ? port : undefined
}

/**
 * Public-suffix split (ICANN section only, as the platform's samples show: 'x.cloudfront.net' has the
 * registered domain 'cloudfront.net'). Nothing for IPs, 'localhost' or names under no known suffix.
 */
export function domainParts(
  domain: string,
): Pick<UrlParts, 'registered_domain' | 'subdomain' | 'top_level_domain'> {
  const unbracketed = domain.replace(/^\[(.*)\]$/, '$1')
  if (isIpAddress(unbracketed) || domain === 'localhost') return {}
  const parsed = parseDomain(domain, { extractHostname: false })
  if (!parsed.isIcann || parsed.domain === null || parsed.publicSuffix === null) return {}
  const parts: UrlParts = {
    registered_domain: parsed.domain,
    top_level_domain: parsed.publicSuffix,
  }
  if (parsed.subdomain) parts.subdomain = parsed.subdomain
  return parts
}

/**
 * Splits an absolute URL into ECS fields; a relative reference (no scheme) gives its path only.
 * Scheme and domain are lowercased, as Python's urlsplit reports them; an IPv6 literal keeps its
 * brackets in url.domain, as ECS defines the field; empty components are not reported.
 */
export function splitUrl(original: string): UrlParts {
  const match = URI_REFERENCE.exec(original)
  if (match === null) return {}
  const [, scheme, authority, path, query, fragment] = match
  if (scheme === undefined || !SCHEME.test(scheme)) return path ? { path } : {}
  const parts: UrlParts = { scheme: scheme.toLowerCase() }
  const hostAndPort = authority === undefined ? null : AUTHORITY.exec(authority)
  if (hostAndPort !== null) {
    const [, host, portText] = hostAndPort
    if (host) {
      parts.domain = host.toLowerCase()
      Object.assign(parts, domainParts(parts.domain))
    }
    const port = explicitPort(portText) ?? DEFAULT_PORTS[parts.scheme ?? '']
    if (port !== undefined) parts.port = port
  }
  if (path) parts.path = path
  if (query) parts.query = query
  if (fragment) parts.fragment = fragment
  return parts
}

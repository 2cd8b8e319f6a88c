import { describe, expect, it } from 'vitest'
import { splitUrl, type UrlParts, urlFromCommandLine } from './url'

describe('splitUrl', () => {
  it.each<[string, UrlParts]>([
    [
      'https://www.example.co.uk/a/b.html?x=1&y=2#top',
      {
        scheme: 'https',
        domain: 'www.example.co.uk',
        port: 443,
        path: '/a/b.html',
        query: 'x=1&y=2',
        fragment: 'top',
        registered_domain: 'example.co.uk',
        subdomain: 'www',
        top_level_domain: 'co.uk',
      },
    ],
    // port: explicit wins; else 80 for http and 443 for https
    [
      'http://example.com',
      {
        scheme: 'http',
        domain: 'example.com',
        port: 80,
        registered_domain: 'example.com',
        top_level_domain: 'com',
      },
    ],
    [
      'https://a.b.example.com:8443/sdk',
      {
        scheme: 'https',
        domain: 'a.b.example.com',
        port: 8443,
        path: '/sdk',
        registered_domain: 'example.com',
        subdomain: 'a.b',
        top_level_domain: 'com',
      },
    ],
    // other schemes: only an explicit port
    [
      'ftp://files.example.org/pub',
      {
        scheme: 'ftp',
        domain: 'files.example.org',
        path: '/pub',
        registered_domain: 'example.org',
        subdomain: 'files',
        top_level_domain: 'org',
      },
    ],
    [
      'ldaps://dc.corp.example.net:636',
      {
        scheme: 'ldaps',
        domain: 'dc.corp.example.net',
        port: 636,
        registered_domain: 'example.net',
        subdomain: 'dc.corp',
        top_level_domain: 'net',
      },
    ],
    // an empty port means the default one (RFC 3986 §3.2.3); an invalid one is not reported
    ['http://1.2.3.4:/', { scheme: 'http', domain: '1.2.3.4', port: 80, path: '/' }],
    ['http://1.2.3.4:99999/', { scheme: 'http', domain: '1.2.3.4', port: 80, path: '/' }],
    ['http://1.2.3.4:x/', { scheme: 'http', domain: '1.2.3.4', port: 80, path: '/' }],
    // IPs and localhost have no public-suffix parts
    ['https://10.0.0.1:9443/ui', { scheme: 'https', domain: '10.0.0.1', port: 9443, path: '/ui' }],
    [
      'http://[2001:db8::1]:8080/x',
      { scheme: 'http', domain: '[2001:db8::1]', port: 8080, path: '/x' },
    ],
    ['https://[::1]/', { scheme: 'https', domain: '[::1]', port: 443, path: '/' }],
    [
      'http://localhost:8307/sdk',
      { scheme: 'http', domain: 'localhost', port: 8307, path: '/sdk' },
    ],
    // a name under no known public suffix gets none either
    ['https://vcenter/ui', { scheme: 'https', domain: 'vcenter', port: 443, path: '/ui' }],
    [
      'https://esx01.lab.internal/',
      { scheme: 'https', domain: 'esx01.lab.internal', port: 443, path: '/' },
    ],
    // private PSL entries are not suffixes (ICANN section only), as on the platform
    [
      'https://xxxxxxxxxxxx.cloudfront.net/en-us/api/',
      {
        scheme: 'https',
        domain: 'xxxxxxxxxxxx.cloudfront.net',
        port: 443,
        path: '/en-us/api/',
        registered_domain: 'cloudfront.net',
        subdomain: 'xxxxxxxxxxxx',
        top_level_domain: 'net',
      },
    ],
    // userinfo is not part of the domain; scheme and domain are lowercased as Python's urlsplit does
    [
      'HTTPS://root:secret@WWW.Example.COM/Path',
      {
        scheme: 'https',
        domain: 'www.example.com',
        port: 443,
        path: '/Path',
        registered_domain: 'example.com',
        subdomain: 'www',
        top_level_domain: 'com',
      },
    ],
    // no authority
    ['mailto:admin@example.com', { scheme: 'mailto', path: 'admin@example.com' }],
    ['file:///etc/vmware/esx.conf', { scheme: 'file', path: '/etc/vmware/esx.conf' }],
    // relative references give url.path only
    ['/sdk', { path: '/sdk' }],
    ['/sdk/vimService?wsdl=1#x', { path: '/sdk/vimService' }],
    ['index.html', { path: 'index.html' }],
    ['www.example.com/path', { path: 'www.example.com/path' }],
    ['//cdn.example.com/lib.js', { path: '/lib.js' }],
    ['?q=1', {}],
    ['', {}],
  ])('%s', (original, parts) => {
    expect(splitUrl(original)).toEqual(parts)
  })
})

describe('urlFromCommandLine', () => {
  it.each([
    ['wget https://example.com/a.iso -O /tmp/a.iso', 'https://example.com/a.iso'],
    // the run stops at a space or a comma
    ['tool --urls=http://a.example/x,http://b.example/y', 'http://a.example/x'],
    ['curl -k https://10.0.0.1:443/api/v1 http://later.example/', 'https://10.0.0.1:443/api/v1'],
    ['esxcli software vib install -d ftp://depot.local/vib.zip', 'ftp://depot.local/vib.zip'],
    ['python x.py --proxy=socks5h://127.0.0.1:1080', 'socks5h://127.0.0.1:1080'],
    ["curl 'https://example.com/q?a=1'", "https://example.com/q?a=1'"],
    ['/bin/hostd-probe.sh ++group=host/vim/vmvisor/hostd-probe/stats/sh', undefined],
    ['vsanmgmtd -s -c /etc/vmware/vsan/vsanmgmt-config.xml', undefined],
    ['echo http:// done', undefined],
    ['C:\\Windows\\system32\\cmd.exe', undefined],
  ])('%s → %s', (commandLine, url) => {
    expect(urlFromCommandLine(commandLine)).toBe(url)
  })
})

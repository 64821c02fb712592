/**
 * The proxy for a URL from HTTPS_PROXY / HTTP_PROXY (either case), unless NO_PROXY names its host: what the runner
 * and the other actions honour, so Terraform Enterprise behind a corporate proxy works the same way.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): URL | undefined {
  const raw = url.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy)
  if (!raw?.trim() || bypassesProxy(url, env.NO_PROXY ?? env.no_proxy ?? '')) return undefined
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `http://${raw.trim()}`)
  } catch {
    return undefined
  }
}

/** NO_PROXY: `*`, or host names and domain suffixes (`example.com`, `.example.com`), each optionally with `:port`. */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[,\s]+/)
    .map(entry => entry.trim().toLowerCase())
    .filter(Boolean)
    .some(entry => {
      if (entry === '*') return true
      const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':')
      if (entryPort && entryPort !== port) return false
      const suffix = name.replace(/^\*?\./, '')
      return host === suffix || host.endsWith(`.${suffix}`)
    })
}

export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {}
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

/** An agent for plain-http targets through an HTTP proxy: requests go to the proxy in absolute form. */
export function plainProxyRequestOptions(
  url: URL,
  proxy: URL
): { host: string; port: string | number; path: string; headers: Record<string, string> } {
  return { host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: { Host: url.host, ...proxyAuthorization(proxy) } }
}

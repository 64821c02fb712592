import { Agent as HttpAgent, request as httpRequest, type ClientRequestArgs } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { Duplex } from 'node:stream'
import { connect as tlsConnect } from 'node:tls'

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

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {}
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

/** An HTTPS agent that reaches its hosts through an HTTP proxy's CONNECT tunnel; TLS runs end to end inside it. */
export class TunnelAgent extends HttpsAgent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true })
  }

  override createConnection(options: ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const target = `${options.host ?? options.hostname}:${options.port ?? 443}`
    const connect = httpRequest({
      host: this.proxy.hostname,
      port: this.proxy.port || 80,
      method: 'CONNECT',
      path: target,
      headers: { Host: target, ...proxyAuthorization(this.proxy) }
    })
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy()
        callback?.(
          Object.assign(new Error(`the proxy ${this.proxy.host} refused to tunnel to ${target} (${response.statusCode})`), {
            code: 'EPROXY'
          }),
          socket
        )
        return
      }
      const secure = tlsConnect({
        ...(options as object),
        socket,
        servername: String((options as { servername?: string }).servername ?? options.host ?? '')
      })
      callback?.(null, secure)
    })
    connect.once('error', error => callback?.(error, connect.socket as Duplex))
    connect.end()
    return undefined
  }
}

/** An agent for plain-http targets through an HTTP proxy: requests go to the proxy in absolute form. */
export function plainProxyRequestOptions(
  url: URL,
  proxy: URL
): { host: string; port: string | number; path: string; headers: Record<string, string> } {
  return { host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: { Host: url.host, ...proxyAuthorization(proxy) } }
}

export const plainAgent = (): HttpAgent => new HttpAgent({ keepAlive: true })

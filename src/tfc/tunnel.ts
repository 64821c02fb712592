/**
 * HTTPS through an HTTP proxy's CONNECT tunnel: its own module, loaded only when an https origin is reached through
 * a proxy (with Node's TLS stack, which a plain http origin never needs).
 */
import { request as httpRequest, type ClientRequestArgs } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { Duplex } from 'node:stream'
import { connect as tlsConnect } from 'node:tls'
import { proxyAuthorization } from './proxy.js'

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

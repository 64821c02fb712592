/** The loopback HTTP server both simulators run on: port 0 on 127.0.0.1, every socket closed on stop. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

export class LoopbackServer {
  url = ''
  private readonly server: Server
  private readonly sockets = new Set<Socket>()

  /** With `tls` (a PEM key and certificate) it serves https on the same terms. */
  constructor(
    handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
    private readonly tls?: { key: string; cert: string }
  ) {
    this.server = tls ? createTlsServer(tls, (req, res) => void handler(req, res)) : createServer((req, res) => void handler(req, res))
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async start(): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `${this.tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  /** Closes every connection, hung ones included, so a test never waits on a socket it left open. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

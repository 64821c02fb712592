/**
 * `timeout` bounds the whole step, in-flight requests included: against a host that accepts connections and never
 * answers, and one that refuses them. Real time (the bundle runs as the runner runs it), so in a file of its own
 * that jest runs beside the others.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { DIST_MAIN, NODE_VERSION, startStep, errorLine } from './support/bundle.js'
import { TOKEN } from './support/harness.js'

let hung: Server
const sockets = new Set<Socket>()
beforeAll(async () => {
  // Reads every request and never answers.
  hung = createServer(() => undefined)
  hung.on('connection', socket => sockets.add(socket))
  await new Promise<void>(resolve => hung.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise<void>(resolve => hung.close(() => resolve()))
})

describe(`the bundle's timeout holds, on Node ${NODE_VERSION}`, () => {
  // The test's own limit (20 s) is a guard against a hang, not a measurement: the step must end on its own timeout.
  test('a host that never answers, with timeout: 10s: the step ends on its timeout, naming what it waited for', async () => {
    const host = `127.0.0.1:${(hung.address() as AddressInfo).port}`
    const main = await startStep(DIST_MAIN, {
      token: TOKEN,
      hostname: `http://${host}`,
      organization: 'acme',
      workspace: 'production',
      timeout: '10s'
    }).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /^Timed out after 10s \(the `timeout` input\) while waiting for an answer from HCP Terraform \(GET \/api\/v2\/organizations\/acme\/workspaces\/production: .*\); no run had been created\.$/
    )
  }, 20_000)

  test('a refused connection is retried with backoff until the timeout, then named', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    const main = await startStep(DIST_MAIN, {
      token: TOKEN,
      hostname: `http://127.0.0.1:${port}`,
      organization: 'acme',
      workspace: 'production',
      timeout: '1s'
    }).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/^Timed out after 1s .*ECONNREFUSED.*no run had been created\.$/)
    expect(main.stdout.match(/ECONNREFUSED.*retrying/g)).toHaveLength(1)
  }, 20_000)
})

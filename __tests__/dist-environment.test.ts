/**
 * Environment errors (not the API, TLS, proxies) through the committed bundle, run as the GitHub runner runs it (a child process,
 * INPUT_* variables, the runner's files), in real time: the cases that play out in a few seconds.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ConnectProxy } from '../sim/connect-proxy.js'
import { simulatorPerTest, DIST_MAIN, NODE_VERSION, startStep, errorLine } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { selfSignedCertificate } from './support/tls.js'

const fixture = simulatorPerTest({ [TOKEN]: 'admin', 'planner-token': 'planner' })

const inputs = fixture.inputs

describe(`environment errors through the bundle, on Node ${NODE_VERSION}`, () => {
  let other: Server | undefined
  afterEach(() => new Promise<void>(resolve => (other ? other.close(() => resolve()) : resolve())))

  async function serve(status: number, type: string, body: string): Promise<string> {
    other = createServer((_req, res) => res.writeHead(status, { 'Content-Type': type }).end(body))
    await new Promise<void>(resolve => other!.listen(0, '127.0.0.1', resolve))
    return `127.0.0.1:${(other.address() as AddressInfo).port}`
  }

  test('an answer that is not the API says what came back, and from where', async () => {
    const host = await serve(200, 'text/html', '<html><head><title>Corporate Proxy – Sign in</title></head></html>')
    const main = await startStep(DIST_MAIN, inputs({ hostname: `http://${host}` })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      new RegExp(
        `${host.replace(/\./g, '\\.')} answered 200 with an HTML page titled "Corporate Proxy – Sign in", not the HCP Terraform API\\. Check \`hostname\``
      )
    )
  })

  test('a plain-http server behind https:// is named as such', async () => {
    const main = await startStep(DIST_MAIN, inputs({ hostname: fixture.sim.url.replace('http://', 'https://') })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/does not speak TLS .*plain-http server behind an https:\/\/ address/)
    expect(fixture.sim.runs.size).toBe(0)
  })

  test('a certificate from an unknown CA points at NODE_EXTRA_CA_CERTS; with it, the run goes through a CONNECT proxy', async () => {
    const tls = selfSignedCertificate()
    await fixture.start({ tls })
    const untrusted = await startStep(DIST_MAIN, inputs()).done
    expect(untrusted.code).toBe(1)
    expect(errorLine(untrusted.stdout)).toMatch(/not signed by a certificate authority this runner trusts .*NODE_EXTRA_CA_CERTS/)

    const proxy = await new ConnectProxy().start()
    fixture.stopLater(proxy)
    const trusted = await startStep(DIST_MAIN, inputs({ 'plan-only': 'true' }), { NODE_EXTRA_CA_CERTS: tls.caFile, HTTPS_PROXY: proxy.url })
      .done
    expect(trusted.code).toBe(0)
    expect(trusted.outputs['run-status']).toBe('planned_and_finished')
    expect(proxy.tunnels.length).toBeGreaterThan(0)
    expect(proxy.tunnels.every(t => t === new URL(fixture.sim.url).host)).toBe(true)
  })

  test('HTTP_PROXY is used for plain-http hosts, and NO_PROXY keeps it out for the hosts it names', async () => {
    // Nothing listens on port 9: a request that goes to the proxy cannot get through.
    const proxied = await startStep(DIST_MAIN, inputs({ 'plan-only': 'true', timeout: '1s' }), { HTTP_PROXY: 'http://127.0.0.1:9' }).done
    expect(proxied.code).toBe(1)
    expect(errorLine(proxied.stdout)).toMatch(/ECONNREFUSED/)
    expect(fixture.sim.requests).toHaveLength(0)
    const bypassed = await startStep(DIST_MAIN, inputs({ 'plan-only': 'true' }), {
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: 'example.com,127.0.0.1'
    }).done
    expect(bypassed.code).toBe(0)
  })
})

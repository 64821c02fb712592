import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Agent } from 'node:http'
import { BearerCredentialHandler } from '../node_modules/@actions/http-client/lib/auth.js'
import * as real from '../node_modules/@actions/http-client/lib/index.js'
import { HttpClient, useRealHttpClient } from '../src/build/lazy-http-client.js'

// The bundle's stand-in for @actions/http-client must do what @actions/core and @actions/github ask of it.
let server: Server
let url = ''
beforeAll(async () => {
  server = createServer((req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value: req.headers.authorization ?? '' }))
  )
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

describe('the lazy @actions/http-client', () => {
  test("getJson (what @actions/core's OIDC client calls) loads the real client and answers as it does", async () => {
    const response = await new HttpClient('test', [new BearerCredentialHandler('x')]).getJson<{ value: string }>(url)
    expect(response.statusCode).toBe(200)
    expect(response.result).toEqual({ value: 'Bearer x' })
  })

  test("getAgent and getAgentDispatcher (what @actions/github's proxy support calls) use the real client once handed over", () => {
    useRealHttpClient(real)
    const client = new HttpClient()
    expect(client.getAgent(url)).toBeInstanceOf(Agent)
    // No proxy is set here, so no dispatcher, exactly as the real client answers.
    expect(client.getAgentDispatcher(url)).toBe(new real.HttpClient().getAgentDispatcher(url))
  })
})

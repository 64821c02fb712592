import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TfcHttp } from '../src/tfc/http.js'

// Terraform Enterprise serves archive storage on the API's own host, under /_archivist/: the token is for /api/ only.
let server: Server
let origin = ''
const seen: Array<{ path: string; authorization?: string }> = []
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    if (req.url?.startsWith('/api/v2/plans/')) return res.writeHead(307, { Location: '/_archivist/v1/object/signed' }).end()
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

describe('where the token goes on the API host', () => {
  test('to /api/ paths, and not to archive storage on the same host, redirected to or named directly', async () => {
    const http = new TfcHttp({ origin, token: 'secret-token', userAgent: 'test' })
    try {
      expect((await http.fetchBlob('/api/v2/plans/plan-1/json-output', { label: 'JSON plan' })).status).toBe(200)
      expect((await http.fetchBlob(`${origin}/_archivist/v1/object/log?limit=10&offset=0`, { label: 'plan log' })).status).toBe(200)
    } finally {
      http.dispose()
    }
    expect(seen.map(s => [s.path.split('?')[0], s.authorization ?? null])).toEqual([
      ['/api/v2/plans/plan-1/json-output', 'Bearer secret-token'],
      ['/_archivist/v1/object/signed', null],
      ['/_archivist/v1/object/log', null]
    ])
  })
})

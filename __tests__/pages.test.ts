import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TfcHttp } from '../src/tfc/http.js'
import { pages } from '../src/tfc/pages.js'
import { listWorkspaces } from '../src/tfc/workspaces.js'

// A list of 250 items, 100 a page, as HCP Terraform pages its lists; `/endless` names a next page forever.
let server: Server
let origin = ''
const seen: string[] = []
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '')
    const url = new URL(req.url ?? '/', 'http://x')
    const page = Number(url.searchParams.get('page[number]'))
    const size = Number(url.searchParams.get('page[size]'))
    const total = url.pathname.endsWith('/endless') ? Infinity : 250
    const count = Math.max(0, Math.min(size, total - (page - 1) * size))
    const data = Array.from({ length: count }, (_, i) => ({
      id: `ws-${(page - 1) * size + i}`,
      type: 'workspaces',
      attributes: { name: `w${(page - 1) * size + i}` }
    }))
    const next = page * size < total ? page + 1 : null
    res
      .writeHead(200, { 'Content-Type': 'application/vnd.api+json' })
      .end(JSON.stringify({ data, meta: { pagination: { 'next-page': next } } }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

async function collect(path: string, maxPages: number, query?: Record<string, string>): Promise<string[]> {
  const http = new TfcHttp({ origin, token: 't', userAgent: 'test' })
  try {
    const ids: string[] = []
    for await (const page of pages(http, path, maxPages, query)) ids.push(...page.map(r => r.id))
    return ids
  } finally {
    http.dispose()
  }
}

describe('paged lists', () => {
  test('every page is read until the server names no next page, with the filter on each request', async () => {
    seen.length = 0
    const ids = await collect('organizations/acme/workspaces', 10, { 'search[tags]': 'prod,eu' })
    expect(ids).toHaveLength(250)
    expect(new Set(ids).size).toBe(250)
    expect(seen.map(u => new URL(u, origin).searchParams.get('page[number]'))).toEqual(['1', '2', '3'])
    for (const u of seen) expect(new URL(u, origin).searchParams.get('search[tags]')).toBe('prod,eu')
  })

  test('a server that always names a next page is read no further than the bound', async () => {
    seen.length = 0
    expect(await collect('organizations/acme/endless', 4)).toHaveLength(400)
    expect(seen).toHaveLength(4)
  })

  test('a reader that stops early requests no further page', async () => {
    seen.length = 0
    const http = new TfcHttp({ origin, token: 't', userAgent: 'test' })
    try {
      for await (const page of pages(http, 'organizations/acme/endless', 10)) if (page.some(r => r.id === 'ws-150')) break
    } finally {
      http.dispose()
    }
    expect(seen).toHaveLength(2)
  })

  test('listWorkspaces reads them all', async () => {
    const http = new TfcHttp({ origin, token: 't', userAgent: 'test' })
    try {
      expect((await listWorkspaces(http, 'acme', {})).map(w => w.name).slice(-1)).toEqual(['w249'])
    } finally {
      http.dispose()
    }
  })
})

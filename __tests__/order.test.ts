import { describe, expect, test } from '@jest/globals'
import { applyOrder, linkedGroups } from '../src/multi/order.js'

const ws = (name: string) => ({ id: `ws-${name}`, name })
const names = (list: Array<{ name: string }>) => list.map(w => w.name)
/** Inbound run triggers: each workspace's sources, by name. */
const sources = (links: Record<string, string[]>) =>
  new Map(Object.entries(links).map(([to, from]) => [`ws-${to}`, from.map(name => ({ id: `ws-${name}`, name }))]))

describe('the order of applies by run triggers', () => {
  test('unlinked workspaces keep the selection order', () => {
    const order = applyOrder([ws('c'), ws('a'), ws('b')], new Map())
    expect(names(order.order)).toEqual(['c', 'a', 'b'])
    expect(order.upstreams.size).toBe(0)
  })

  test('upstreams before downstreams, through a chain and a diamond', () => {
    const list = [ws('app'), ws('dns'), ws('db'), ws('network')]
    const order = applyOrder(list, sources({ app: ['db', 'dns'], db: ['network'], dns: ['network'] }))
    expect(names(order.order)).toEqual(['network', 'dns', 'db', 'app'])
    expect(names(order.upstreams.get('ws-app')!)).toEqual(['db', 'dns'])
    expect(order.loop).toEqual([])
  })

  test('sources outside the selection, and a workspace naming itself, are not links', () => {
    const order = applyOrder([ws('app'), ws('db')], sources({ app: ['elsewhere', 'app'], db: ['app', 'app'] }))
    expect(names(order.order)).toEqual(['app', 'db'])
    expect(order.upstreams.has('ws-app')).toBe(false)
    expect(names(order.upstreams.get('ws-db')!)).toEqual(['app'])
  })

  test('a loop is left unordered, last, keeping only upstreams outside it', () => {
    const order = applyOrder([ws('a'), ws('b'), ws('net'), ws('free')], sources({ a: ['b', 'net'], b: ['a'] }))
    expect(names(order.order)).toEqual(['net', 'free', 'a', 'b'])
    expect(names(order.loop)).toEqual(['a', 'b'])
    expect(names(order.upstreams.get('ws-a')!)).toEqual(['net'])
    expect(order.upstreams.has('ws-b')).toBe(false)
  })
})

describe('workspaces linked by run triggers start as one group', () => {
  const w = (id: string) => ({ id, name: id })
  test('connected whichever way the triggers point, in the order given; unlinked ones alone', () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(w)
    // a triggers b, c triggers b (b has two upstreams), d alone, e triggers nothing it was selected with.
    const upstreams = new Map([[b.id, [a, c]]])
    expect(linkedGroups([a, c, d, b, e], upstreams)).toEqual([[a, c, b], [d], [e]])
  })
  test('a chain is one group', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(w)
    expect(
      linkedGroups(
        [a, b, c],
        new Map([
          [b.id, [a]],
          [c.id, [b]]
        ])
      )
    ).toEqual([[a, b, c]])
  })
})

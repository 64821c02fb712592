import { describe, expect, test } from '@jest/globals'
import { indexMarker, marker, readIndex, type CommentState } from '../src/report/comment-marker.js'

const state = (run: string): CommentState => ({ run, sha: 'a'.repeat(40), created: '2026-12-01T05:00:00Z', status: 'planned_and_saved' })
const index = { k1: state('run-aaaaaaaaaaaaaaaa'), k2: state('run-bbbbbbbbbbbbbbbb') }
const head = marker('set0', state('set-1'))

describe("a set comment's index of runs", () => {
  test('is read back from the line after the marker', () => {
    expect(readIndex(`${head}\n${indexMarker(index)}\n### report`)).toEqual(index)
  })

  test('anywhere else in the body it is not an index: report text cannot stand in for it', () => {
    expect(readIndex(`${head}\n### report\n${indexMarker(index)}`)).toEqual({})
    expect(readIndex(`${indexMarker(index)}\n${head}`)).toEqual({})
    expect(readIndex(`${head}\n ${indexMarker(index)}`)).toEqual({})
  })

  test('entries without a run ID or a creation time, and undecodable lines, are dropped', () => {
    const forged = { good: state('run-cccccccccccccccc'), noRun: { created: 'x' }, noCreated: { run: 'run-d' }, nothing: null }
    const line = `<!-- tfe-run-action:v1 runs=${Buffer.from(JSON.stringify(forged)).toString('base64url')} -->`
    expect(readIndex(`${head}\n${line}`)).toEqual({ good: forged.good })
    expect(readIndex(`${head}\n<!-- tfe-run-action:v1 runs=bm90IGpzb24 -->`)).toEqual({})
  })

  test('its encoding cannot end the HTML comment early, whatever the state holds', () => {
    const line = indexMarker({ 'k-->': { ...state('run-e'), status: '--> <b>x</b>' } })
    expect(line).toMatch(/^<!-- tfe-run-action:v1 runs=[A-Za-z0-9_-]+ -->$/)
  })
})

/**
 * `npx @github/local-action . src/main.ts .env` (GitHub's local runner for JavaScript actions) imports src/main.ts
 * and calls `run()` with no arguments: the step then uses the real runner I/O (@actions/core), here writing to this
 * test's GITHUB_OUTPUT and GITHUB_STATE files.
 */
import { afterEach, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../src/main.js'
import { tempDir } from './support/temp.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = undefined
})

test('run() with no arguments reads inputs from the environment and writes through @actions/core', async () => {
  const dir = tempDir()
  for (const file of ['output', 'state']) writeFileSync(join(dir, file), '')
  Object.assign(process.env, { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), INPUT_TOKEN: 'local-token' })
  delete process.env.INPUT_WORKSPACE
  await expect(run()).resolves.toBeUndefined()
  // No workspace: an input error, reported the runner's way (exit code 1), and the post step told there is nothing to do.
  expect(process.exitCode).toBe(1)
  expect(readFileSync(join(dir, 'state'), 'utf8')).toContain('main-finished')
})

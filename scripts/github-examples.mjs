#!/usr/bin/env node
/**
 * Copies the example objects the GitHub simulator builds its answers from out of GitHub's own REST description
 * (@octokit/openapi, MIT, generated/api.github.com.json `components.examples`) into sim/github/examples.json,
 * committed: the simulator (bundled for the demo) then needs neither the 13 MB description nor the package.
 *
 *   node scripts/github-examples.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const NAMES = {
  issueComment: 'issue-comment',
  issue: 'issue',
  label: 'label',
  pullRequestSimple: 'pull-request-simple-items',
  pullRequest: 'pull-request',
  diffEntry: 'diff-entry-items',
  commitComparison: 'commit-comparison',
  simpleUser: 'simple-user',
  collaboratorPermission: 'repository-collaborator-permission-response-if-user-has-admin-permissions',
  reaction: 'reaction',
  checkRun: 'check-run',
  review: 'pull-request-review-items',
  mergeResult: 'pull-request-merge-result-response-if-merge-was-successful',
  repository: 'full-repository'
}

const require = createRequire(import.meta.url)
const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
const spec = JSON.parse(readFileSync(file, 'utf8'))
const version = JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')).version
const out = { source: `@octokit/openapi@${version} generated/api.github.com.json components.examples (MIT)` }
for (const [key, name] of Object.entries(NAMES)) {
  const value = spec.components.examples[name]?.value
  if (value === undefined) throw new Error(`No example ${name} in ${file}`)
  out[key] = Array.isArray(value) ? value[0] : value
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'sim', 'github', 'examples.json')
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`)
console.log(target)

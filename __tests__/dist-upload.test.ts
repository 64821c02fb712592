/**
 * `directory` through the committed bundle: packed, uploaded to the simulator's storage origin, and unpacked there
 * with HCP Terraform's unpacker rules, so every test also proves the archive would be accepted.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TfcSimulator, type SimConfigurationVersion, type SimWorkspace } from '../sim/tfc-simulator.js'
import { DIST_MAIN, NODE_VERSION, startStep, errorLine } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { tempDir } from './support/temp.js'
import { makeTree } from './support/tree.js'

let sim: TfcSimulator
let ws: SimWorkspace
beforeEach(async () => {
  sim = await new TfcSimulator().start()
  ws = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(ws)
})
afterEach(() => sim.stop())

const SHA = '0123456789abcdef0123456789abcdef01234567'
const run = (repo: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  startStep(
    DIST_MAIN,
    {
      token: TOKEN,
      hostname: sim.url,
      organization: 'acme',
      workspace: 'production',
      'poll-interval': '0.1s',
      'plan-only': 'true',
      ...inputs
    },
    { GITHUB_WORKSPACE: repo, GITHUB_SHA: SHA, ...env }
  ).done
const uploaded = (): SimConfigurationVersion[] => [...sim.cvs.values()].filter(cv => cv.files)
const names = (cv: SimConfigurationVersion): string[] => [...cv.files!.keys()].sort()
const posts = (path: RegExp): number => sim.requests.filter(r => r.method === 'POST' && path.test(r.path)).length

describe(`uploading a directory through the bundle, on Node ${NODE_VERSION}`, () => {
  test('a plain directory: one configuration version, no token on the upload, the run plans it', async () => {
    const repo = makeTree({
      'infra/main.tf': 'resource "null_resource" "a" {}\n',
      'infra/modules/vpc/main.tf': '# vpc\n',
      'infra/.git/config': '[core]\n',
      'infra/.terraform/providers/p': 'binary',
      'infra/.terraform/modules/m/main.tf': '# fetched module\n'
    })
    const main = await run(repo, { directory: 'infra' })
    expect(main.code).toBe(0)
    const [cv] = uploaded()
    expect(uploaded()).toHaveLength(1)
    expect(cv.status).toBe('uploaded')
    expect(cv.speculative).toBe(true)
    expect(cv.autoQueueRuns).toBe(false)
    // .git/ and .terraform/ are left out, except what .terraform/modules/ holds (go-slug's defaults).
    expect(names(cv)).toEqual([
      '.terraform/modules/m',
      '.terraform/modules/m/main.tf',
      'main.tf',
      'modules',
      'modules/vpc',
      'modules/vpc/main.tf'
    ])
    const put = sim.requests.find(r => r.method === 'PUT')!
    expect(put.origin).toBe('archive')
    expect(put.hasAuthorization).toBe(false)
    // The upload URL is a secret: masked before use, and printed nowhere else.
    expect(main.stdout).toMatch(new RegExp(`^::add-mask::.*${put.path}$`, 'm'))
    expect(main.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(put.path)
    expect(sim.runs.size).toBe(1)
    expect([...sim.runs.values()][0].cvId).toBe(cv.id)
    expect(main.outputs['configuration-version-id']).toBe(cv.id)
    // The report escapes @ against mentions with a word joiner.
    expect(main.summary).toMatch(/uploaded from acme\/infra@\u2060?0123456, directory infra/)
  })

  test('a failed upload is retried into a new configuration version', async () => {
    sim.faults = { uploadFailures: 1 }
    const repo = makeTree({ 'main.tf': '' })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    expect(posts(/configuration-versions$/)).toBe(2)
    expect(uploaded()).toHaveLength(1)
    expect(main.stdout).toMatch(/uploading again into a new configuration version/)
  })

  test('working directory "/networking": directory at the repository root packs the root and runs in networking/', async () => {
    ws.workingDirectory = '/networking'
    const repo = makeTree({ 'networking/main.tf': '', 'modules/x/main.tf': '' })
    expect((await run(repo, { directory: '.' })).code).toBe(0)
    expect(names(uploaded()[0])).toEqual(['modules', 'modules/x', 'modules/x/main.tf', 'networking', 'networking/main.tf'])
  })

  test('working directory "networking": directory pointing at it packs the matching ancestor, as the CLI does', async () => {
    ws.workingDirectory = 'networking'
    const repo = makeTree({ 'networking/main.tf': '', 'modules/x/main.tf': '' })
    expect((await run(repo, { directory: 'networking' })).code).toBe(0)
    expect(names(uploaded()[0])).toEqual(['modules', 'modules/x', 'modules/x/main.tf', 'networking', 'networking/main.tf'])
  })

  test('working directory missing from the directory: an input error naming both, nothing created', async () => {
    ws.workingDirectory = 'networking'
    const repo = makeTree({ 'main.tf': '' })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /^Input `directory`: networking does not exist \(the workspace's working directory is "networking"\)/
    )
    expect(posts(/configuration-versions$|\/runs$/)).toBe(0)
  })

  test('each .terraformignore rule, with go-slug semantics', async () => {
    const repo = makeTree({
      '.terraformignore': ['node_modules', 'logs/', 'docs/', '!docs/readme.md', 'foo/*.md', '/secret.tfvars', '*.tfstate', ''].join('\n'),
      'main.tf': '',
      'node_modules/pkg/index.js': 'kept: the rule drops only the directory entry',
      'logs/today.log': 'pruned',
      'docs/readme.md': 're-included',
      'docs/other.md': 'excluded',
      'foo/a.md': 'excluded',
      'sub/foo/b.md': 'excluded: unanchored',
      'secret.tfvars': 'excluded: anchored',
      'env/secret.tfvars': 'kept: the rule is anchored',
      'terraform.tfstate': 'excluded'
    })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    expect(names(uploaded()[0])).toEqual([
      '.terraformignore',
      'docs/readme.md',
      'env',
      'env/secret.tfvars',
      'foo',
      'main.tf',
      'node_modules/pkg',
      'node_modules/pkg/index.js',
      'sub',
      'sub/foo'
    ])
    expect(main.stdout).toMatch(/drops only the directory entry of node_modules\//)
  })

  test('a checkout root: .git is never walked or uploaded, nor .git inside .terraform/modules/, and nothing is warned', async () => {
    const repo = makeTree({
      'main.tf': '',
      '.git/config': '[remote "origin"]',
      '.git/objects/ab/cdef': 'blob',
      '.terraform/providers/x/terraform-provider-x': 'binary',
      '.terraform/modules/vpc/main.tf': 'module',
      '.terraform/modules/vpc/.git/config': 'url = https://x-access-token:ghs_secret@github.com/acme/vpc',
      '.terraform/modules/vpc/.git/objects/ab/cdef': 'blob'
    })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    // As go-slug: `.terraform/modules` itself matches only `**/.terraform/**`, so its own entry is left out.
    expect(names(uploaded()[0])).toEqual(['.terraform/modules/vpc', '.terraform/modules/vpc/main.tf', 'main.tf'])
    expect(sim.requests.filter(r => r.method === 'PUT')).toHaveLength(1)
    expect(main.stdout).not.toMatch(/drops only the directory entry/)
    expect(main.stdout).not.toMatch(/::warning::(?!Input `hostname` uses plain http)/)
  })

  test('symlinks: inside the root kept with relative targets, out of it but inside the checkout followed; a hard-linked file is a plain file; a fifo is skipped', async () => {
    const repo = makeTree({ 'shared/locals.tf': 'locals {}\n', 'common/vars.tf': 'variable "x" {}\n' })
    makeTree(
      {
        'main.tf': 'main',
        'modules/v2/main.tf': 'v2',
        current: { link: 'modules/v2' },
        'copy.tf': { hardlink: 'main.tf' },
        shared: { link: '../shared' },
        'vars.tf': { link: join(repo, 'common/vars.tf') }
      },
      join(repo, 'infra')
    )
    execFileSync('mkfifo', [join(repo, 'infra/pipe')])
    const main = await run(repo, { directory: 'infra' })
    expect(main.code).toBe(0)
    const files = uploaded()[0].files!
    expect(files.get('current')).toMatchObject({ type: 'symlink', linkname: 'modules/v2' })
    expect(files.get('copy.tf')).toMatchObject({ type: 'file', content: 'main' })
    expect(files.get('shared/locals.tf')).toMatchObject({ type: 'file', content: 'locals {}\n' })
    expect(files.get('vars.tf')).toMatchObject({ type: 'file', content: 'variable "x" {}\n' })
    // A fifo (like a socket or a device) cannot travel in the archive: skipped.
    expect(files.has('pipe')).toBe(false)
  })

  describe("links a pull request could use to upload the runner's own secrets: the step fails naming the link, nothing is created", () => {
    const refused = async (repo: string, inputs: Record<string, string>, expected: RegExp): Promise<void> => {
      const main = await run(repo, inputs, { INPUT_GITHUB_TOKEN: 'gh-token-secret' })
      expect(main.code).toBe(1)
      expect(errorLine(main.stdout)).toMatch(expected)
      expect(errorLine(main.stdout)).toMatch(/Nothing was created\.$/)
      expect(posts(/configuration-versions$|\/runs$/)).toBe(0)
      expect(sim.requests.filter(r => r.method === 'PUT')).toHaveLength(0)
      expect(main.stdout).not.toContain('gh-token-secret')
    }

    test("a link to /proc/self/environ (the step's environment, with its tokens)", async () => {
      const repo = makeTree({
        'infra/main.tf': 'output "env" { value = file("env.txt") }\n',
        'infra/env.txt': { link: '/proc/self/environ' }
      })
      await refused(
        repo,
        { directory: 'infra' },
        /^Input `directory`: the symlink env\.txt points to \/proc\/self\/environ, outside the checkout \(GITHUB_WORKSPACE\)/
      )
    })

    test("a link to the checkout's .git/config (where actions/checkout keeps its token)", async () => {
      const repo = makeTree({
        '.git/config': 'extraheader = AUTHORIZATION: basic gh-token-secret',
        'infra/main.tf': '',
        'infra/cfg': { link: '../.git/config' }
      })
      await refused(
        repo,
        { directory: 'infra' },
        /^Input `directory`: the symlink cfg points into a \.git directory \(\.\.\/\.git\/config\)/
      )
    })

    test('a link to a directory outside the checkout', async () => {
      const outside = makeTree({ id_rsa: 'private key' })
      const repo = makeTree({ 'infra/main.tf': '', 'infra/home': { link: outside } })
      await refused(repo, { directory: 'infra' }, /^Input `directory`: the symlink home points to .*, outside the checkout/)
    })

    test('a link kept inside the root that points into its .git', async () => {
      const repo = makeTree({ 'main.tf': '', '.git/config': 'token', cfg: { link: '.git/config' } })
      await refused(repo, { directory: '.' }, /the symlink cfg points into a \.git directory/)
    })

    test("a workspace working directory that moves the archive's root above the checkout", async () => {
      const repo = makeTree({ 'main.tf': '' })
      // The checkout's own path, as the workspace's working directory: the CLI's rule would pack its parent.
      ws.workingDirectory = repo.split('/').slice(-1)[0]
      await refused(repo, { directory: '.' }, /working directory ".*" would make .* the archive's root, above the checkout/)
    })

    test('a working directory that leads out of the archive', async () => {
      const repo = makeTree({ 'infra/main.tf': '', 'other/main.tf': '' })
      ws.workingDirectory = '../other'
      await refused(repo, { directory: 'infra' }, /working directory "\.\.\/other" leads out of the uploaded directory/)
    })
  })

  test(".terraformignore cannot bring .git back: '!.git/' and '!.git/config' upload nothing of it", async () => {
    const repo = makeTree({
      '.terraformignore': '!.git/\n!.git/config\n!**/.git/**\n',
      '.git/config': 'extraheader = AUTHORIZATION: basic gh-token-secret',
      '.git/HEAD': 'ref: refs/heads/main',
      'main.tf': '',
      'modules/m/.git': 'gitdir: ../../.git/modules/m',
      'modules/m/main.tf': ''
    })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    expect(names(uploaded()[0])).toEqual(['.terraformignore', 'main.tf', 'modules', 'modules/m', 'modules/m/main.tf'])
  })

  test('an absolute symlink inside the root is rewritten relative, so the unpacker accepts it', async () => {
    const repo = makeTree({ 'main.tf': '', 'modules/a/main.tf': '' })
    makeTree({ link: { link: join(repo, 'modules/a') } }, join(repo, 'sub'))
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    expect(uploaded()[0].files!.get('sub/link')).toMatchObject({ type: 'symlink', linkname: '../modules/a' })
  })

  test('warns when state would be uploaded, and above 10 MiB naming the largest files', async () => {
    const repo = makeTree({ 'main.tf': '', 'terraform.tfstate': '{}' })
    writeFileSync(join(repo, 'big.bin'), randomBytes(11 * 1024 * 1024))
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/::warning::The upload includes state: terraform\.tfstate\./)
    expect(main.stdout).toMatch(/::warning::The upload is 11\.\d MiB\. The largest files: big\.bin \(11\.0 MiB\)/)
    expect(uploaded()[0].files!.has('big.bin')).toBe(true)
  })

  test('a missing directory, and one without .tf files: input errors, nothing created', async () => {
    const repo = makeTree({ 'docs/readme.md': '' })
    const missing = await run(repo, { directory: 'nope' })
    expect(missing.code).toBe(1)
    expect(errorLine(missing.stdout)).toMatch(/^Input `directory`: .*nope is not a directory/)
    const empty = await run(repo, { directory: 'docs' })
    expect(empty.code).toBe(1)
    expect(errorLine(empty.stdout)).toMatch(/^Input `directory`: docs holds no \*\.tf or \*\.tf\.json file/)
    expect(posts(/configuration-versions$|\/runs$/)).toBe(0)
  })

  test('an upload HCP Terraform cannot process: fails with its message, and no run', async () => {
    ws.uploadError = 'unexpected EOF'
    const repo = makeTree({ 'main.tf': '' })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /could not process the uploaded configuration \(configuration version cv-\S+ is errored: unexpected EOF\)\. No run was created\./
    )
    expect(sim.runs.size).toBe(0)
  })

  test('an archive HCP Terraform accepts but cannot unpack: the run fails in setup, and the step says so from the log', async () => {
    ws.unpackError = 'archive/tar: invalid tar header'
    const repo = makeTree({ 'main.tf': '' })
    const main = await run(repo, { directory: '.' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/The run errored during planning/)
    expect(main.summary).toContain('Setup failed: failed unpacking terraform config: archive/tar: invalid tar header')
    expect(sim.runs.size).toBe(1)
    expect(sim.statusOf([...sim.runs.values()][0])).toBe('errored')
  })

  test('two sources at once: an input error naming both, nothing sent', async () => {
    const main = await run(tempDir(), { directory: '.', 'configuration-version': 'cv-abc123' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/Inputs `directory` and `configuration-version` cannot be used together/)
    expect(sim.requests).toHaveLength(0)
  })

  test("a pull request's plan names the pull request's head commit it uploaded", async () => {
    const repo = makeTree({ 'main.tf': '' })
    const event = join(tempDir(), 'event.json')
    const head = 'fedcba9876543210fedcba9876543210fedcba98'
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: head } } }))
    const main = await run(repo, { directory: '.', comment: 'false' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(main.code).toBe(0)
    expect(main.summary).toMatch(/uploaded from acme\/infra@\u2060?fedcba9/)
    expect(main.summary).not.toContain('not of this pull request')
  })

  test("a pull request's plan without a directory warns that it plans the workspace's latest", async () => {
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: SHA } } }))
    const main = await run(tempDir(), { comment: 'false' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/::warning::This plan is of the workspace's latest configuration version, not of this pull request's code/)
    expect(main.summary).toMatch(/\[!WARNING\]\n> This plan is of the workspace's latest configuration version/)
  })
})

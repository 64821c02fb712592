/**
 * The archive the action packs against the one the Terraform CLI uploads for the same tree (go-slug, by way of the
 * CLI's cloud backend, received by the simulator byte for byte): the same entries in the same order, with the
 * same types, modes, link targets and times. Skipped, with a notice, where no `terraform` is on PATH.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { extract } from 'tar-stream'
import { writeArchive } from '../src/upload/archive.js'
import { collectEntries } from '../src/upload/collect.js'
import { parseTerraformIgnore } from '../src/upload/terraformignore.js'
import { unpack } from '../sim/tfc/unpack.js'
import { tempDir } from './support/temp.js'
import { cliSimulator, terraformVersion, describeWithCli as cliDescribe } from './support/terraform-cli.js'
import { makeTree, type TreeSpec } from './support/tree.js'

const VERSION = terraformVersion()
const describeWithCli = cliDescribe(VERSION, 'the slug cross-check with the Terraform CLI')
const TOKEN = 'slug-token'
const MAIN = 'resource "terraform_data" "a" {\n  input = "x"\n}\n'

const served = cliSimulator(TOKEN, VERSION !== undefined)

interface Entry {
  name: string
  type: string
  mode: string
  linkname: string
  mtime: number
  uid: number
  gid: number
  owner: string
  size: number
}

async function entriesOf(archive: Buffer): Promise<Entry[]> {
  const out: Entry[] = []
  const reader = extract()
  Readable.from([archive]).pipe(createGunzip()).pipe(reader)
  for await (const entry of reader) {
    const h = entry.header
    entry.resume()
    out.push({
      name: h.name,
      type: h.type ?? '',
      mode: (h.mode ?? 0).toString(8),
      linkname: h.linkname ?? '',
      mtime: (h.mtime?.getTime() ?? 0) / 1000,
      uid: h.uid ?? 0,
      gid: h.gid ?? 0,
      owner: `${h.uname ?? ''}:${h.gname ?? ''}`,
      size: h.size ?? 0
    })
  }
  return out
}

/** What the CLI uploaded for the tree, and what the action packs of it. */
async function both(
  workspace: string,
  files: Record<string, string>,
  build?: (dir: string) => void
): Promise<{ cli: Entry[]; action: Entry[]; dir: string; planOutput: string; unpackError?: string; actionArchive: Buffer }> {
  served.sim.addWorkspace({ name: workspace })
  const project = served.project(workspace, { 'main.tf': MAIN, ...files })
  const init = await project.run(['init', '-input=false', '-no-color'])
  expect(init.code).toBe(0)
  build?.(project.dir)
  const plan = await project.run(['plan', '-input=false', '-no-color'])
  const ws = [...served.sim.workspaces.values()].find(w => w.name === workspace)!
  const cv = [...served.sim.cvs.values()].find(c => c.workspaceId === ws.id && c.archive)!
  // The plan succeeds unless HCP Terraform could not unpack what the CLI uploaded.
  if (!cv.unpackError) expect(`${plan.code} ${plan.stderr}`).toBe('0 ')
  const ignore = (() => {
    try {
      return readFileSync(join(project.dir, '.terraformignore'), 'utf8')
    } catch {
      return undefined
    }
  })()
  const file = join(tempDir('slug-'), 'action.tar.gz')
  // The CLI follows links anywhere; the action only inside the checkout, here the temporary folder holding both trees.
  await writeArchive((await collectEntries(project.dir, parseTerraformIgnore(ignore), { boundary: tmpdir() })).entries, file)
  const actionArchive = readFileSync(file)
  return {
    cli: await entriesOf(cv.archive!),
    action: await entriesOf(actionArchive),
    dir: project.dir,
    planOutput: plan.stdout + plan.stderr,
    unpackError: cv.unpackError,
    actionArchive
  }
}

describeWithCli(`the action's archive against go-slug's (Terraform CLI ${VERSION ?? ''})`, () => {
  // Three columns in every row: jest takes a callback with more parameters than a row has columns for a `done` test.
  const trees: Array<[string, Record<string, string>, TreeSpec | undefined]> = [
    ['plain', { 'variables.tf': 'variable "x" {\n  default = 1\n}\n', 'modules/app/main.tf': MAIN }, undefined],
    [
      '.terraformignore with negations and anchors',
      {
        '.terraformignore': 'docs/\n!docs/readme.md\n/secret.tfvars\n*.log\nnode_modules\n!/keep.log\n',
        'docs/readme.md': 'kept',
        'docs/other.md': 'dropped',
        'secret.tfvars': 'dropped',
        'env/secret.tfvars': 'kept: the rule is anchored',
        'debug.log': 'dropped',
        'keep.log': 're-included',
        'node_modules/pkg/index.js': 'kept: only the directory entry is dropped'
      },
      undefined
    ],
    [
      'a module cloned by init, with its .git',
      {},
      {
        '.terraform/modules/vpc/main.tf': MAIN,
        '.terraform/modules/vpc/.git/config': 'url = https://x-access-token:ghs_example@github.com/acme/vpc',
        '.terraform/modules/vpc/.git/HEAD': 'ref: refs/heads/main',
        '.terraform/providers/example/bin': 'binary'
      }
    ],
    [
      'nested modules and empty directories',
      { 'modules/a/main.tf': MAIN, 'modules/a/b/main.tf': MAIN, 'modules/a/b/c/.keep': '' },
      { 'empty/': '', 'modules/empty/': '' }
    ]
  ]

  test.each(trees)(
    '%s: the same entries, types, modes, link targets and times',
    async (_name, files, extra) => {
      const { cli, action } = await both(
        `slug-${Math.random().toString(36).slice(2, 8)}`,
        files,
        extra && (dir => void makeTree(extra, dir))
      )
      expect(action).toEqual(cli)
    },
    120_000
  )

  test('symlinks inside and outside the root; the one difference, on purpose: an absolute link inside the root is written relative', async () => {
    const outside = makeTree({ 'shared/locals.tf': 'locals {}\n', 'vars.tf': 'variable "y" {}\n' })
    const { cli, action, dir, planOutput, unpackError, actionArchive } = await both(
      'slug-links',
      { 'modules/v2/main.tf': MAIN },
      root =>
        void makeTree(
          {
            current: { link: 'modules/v2' },
            'relative-link': { link: 'main.tf' },
            'absolute-link': { link: join(root, 'main.tf') },
            shared: { link: join(outside, 'shared') },
            'vars.tf': { link: join(outside, 'vars.tf') }
          },
          root
        )
    )
    const absolute = cli.find(e => e.name === 'absolute-link')!
    // go-slug keeps the target as written, which its own unpacker refuses ("has external target"); the action
    // writes it relative to the link, so HCP Terraform can unpack the archive.
    expect(absolute).toMatchObject({ type: 'symlink', linkname: join(dir, 'main.tf') })
    expect(action.find(e => e.name === 'absolute-link')).toMatchObject({ type: 'symlink', linkname: 'main.tf' })
    const rest = (list: Entry[]): Entry[] => list.filter(e => e.name !== 'absolute-link')
    expect(rest(action)).toEqual(rest(cli))
    // What that difference buys: the CLI's archive fails the run in setup; the action's unpacks.
    expect(unpackError).toMatch(/absolute-link -> .*main\.tf\) has external target/)
    expect(planOutput).toMatch(/Setup failed: failed unpacking terraform config/)
    await expect(unpack(actionArchive)).resolves.toBeDefined()
  }, 120_000)
})

import { rm, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { commitOf } from '../../github-event.js'
import { OutcomeUnknownError } from '../../tfc/errors.js'
import { createConfigurationVersion, readConfigurationVersion } from '../../tfc/configuration-versions.js'
import type { ConfigurationVersion, Workspace } from '../../tfc/types.js'
import { configurationProblem, uploadLayout, type UploadLayout } from '../../upload/working-directory.js'
import { within } from '../../upload/within.js'
import type { StepContext } from '../context.js'
import { StepFailure, TimedOut } from '../failures.js'
import { packDirectory, type PackedArchive } from './packing.js'
import type { Configuration } from './types.js'

/** Above this the upload is worth a second look (HCP Terraform documents no limit; some servers stop at 10 MiB). */
const LARGE_UPLOAD_BYTES = 10 * 1024 * 1024
const UPLOAD_ATTEMPTS = 3
/** Polls of a new configuration version: fast at first, as the CLI does, then every 2 s. */
const UPLOADED_POLL_MS = [500, 1000, 2000]

/**
 * `directory`: the pull request's own code, packed as go-slug packs it, uploaded as a new configuration version
 * (speculative for `plan-only`), and waited for until HCP Terraform has it.
 */
export async function uploadedConfiguration(ctx: StepContext, workspace: Workspace, input: string): Promise<Configuration> {
  const base = checkoutOf(ctx.env)
  const directory = isAbsolute(input) ? resolve(input) : resolve(base, input)
  if (!(await isDirectory(directory)))
    throw new StepFailure(
      `Input \`directory\`: ${directory} is not a directory; give a path relative to the repository root (GITHUB_WORKSPACE) or an absolute one.`
    )
  const layout = uploadLayout(directory, workspace.workingDirectory)
  const escape = layoutEscape(layout, directory, base)
  if (escape)
    throw new StepFailure(
      `Input \`directory\`: the workspace's working directory "${workspace.workingDirectory}" ${escape}; point \`directory\` at the configuration inside the checkout, or correct the workspace's working directory. Nothing was created.`
    )
  const problem = await configurationProblem(layout, base)
  if (problem) {
    const wd = workspace.workingDirectory ? ` (the workspace's working directory is "${workspace.workingDirectory}")` : ''
    throw new StepFailure(
      `Input \`directory\`: ${problem}${wd}, so Terraform would find no configuration to run. Point \`directory\` at the configuration. Nothing was created.`
    )
  }

  // A set's workspaces share one archive per root; a single workspace packs its own and removes it after.
  const shared = ctx.archives
  const { archive, first } = shared
    ? await shared.archiveOf(layout.root)
    : { archive: await packDirectory(layout.root, ctx.env.RUNNER_TEMP, { boundary: base }), first: true }
  try {
    if (first) describeUpload(ctx, layout.root, base, archive)
    else
      ctx.log.info(
        `Uploading ${relative(base, layout.root) || '.'}, packed once for the selected workspaces (${size(archive.sizes.compressed)})`
      )
    const cv = await upload(ctx, workspace, archive.file, archive.sizes.compressed)
    const sha = commitOf(ctx.env)
    const where = relative(base, directory) || '.'
    const from = ctx.env.GITHUB_REPOSITORY ? `${ctx.env.GITHUB_REPOSITORY}${sha ? `@${sha.slice(0, 7)}` : ''}` : where
    return { id: cv.id, source: `uploaded from ${from}${where !== '.' ? `, directory ${where}` : ''}`, root: layout.root }
  } finally {
    if (!shared) await rm(archive.file, { force: true })
  }
}

/** What is sent: counts and sizes always; every path with ACTIONS_STEP_DEBUG; warnings for what deserves a look. */
function describeUpload(ctx: StepContext, root: string, base: string, { collected, sizes, hasIgnoreFile }: PackedArchive): void {
  const files = collected.entries.filter(e => e.type === 'file')
  const shownRoot = relative(base, root) || '.'
  ctx.log.info(
    `Packing ${shownRoot}${hasIgnoreFile ? ' with its .terraformignore' : ''}: ${files.length} files (${size(sizes.uncompressed)}) uploaded as ${size(sizes.compressed)}, ${collected.excluded.length} paths excluded`
  )
  for (const entry of collected.entries) ctx.log.debug(`upload: ${entry.name}${entry.type === 'symlink' ? ` -> ${entry.linkname}` : ''}`)
  for (const path of collected.excluded) ctx.log.debug(`excluded: ${path}`)
  for (const path of collected.skipped) ctx.log.debug(`skipped (not a file, directory or symlink): ${path}`)
  if (collected.entryOnly.length) {
    const list = collected.entryOnly.slice(0, 5).join(', ')
    ctx.log.warning(
      `.terraformignore drops only the directory entry of ${list}: its files are still uploaded (go-slug's rules). End the pattern with / to leave a whole directory out.`
    )
  }
  const states = files.filter(f => /\.tfstate(\.backup)?$/.test(f.name))
  if (states.length) {
    ctx.log.warning(
      `The upload includes state: ${states
        .map(f => f.name)
        .slice(0, 5)
        .join(', ')}. State holds secrets and is not needed to plan: add *.tfstate to .terraformignore.`
    )
  }
  if (sizes.compressed > LARGE_UPLOAD_BYTES) {
    const largest = [...files]
      .sort((a, b) => b.size - a.size)
      .slice(0, 10)
      .map(f => `${f.name} (${size(f.size)})`)
    ctx.log.warning(
      `The upload is ${size(sizes.compressed)}. The largest files: ${largest.join(', ')}. Leave out what Terraform does not need with .terraformignore.`
    )
  }
}

/** Creates a configuration version and uploads into it; a failed upload gets a new configuration version, not a second PUT. */
async function upload(ctx: StepContext, workspace: Workspace, file: string, size: number): Promise<ConfigurationVersion> {
  for (let attempt = 1; ; attempt++) {
    const cv = await createConfigurationVersion(ctx.http, workspace.id, {
      speculative: ctx.inputs.planOnly,
      provisional: ctx.inputs.savePlan
    })
    // The upload URL carries its own credential: masked at once, never printed.
    ctx.log.setSecret(cv.uploadUrl)
    try {
      await ctx.http.putFile(cv.uploadUrl, file, size)
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError) || attempt >= UPLOAD_ATTEMPTS) throw error
      ctx.log.warning(
        `Uploading to configuration version ${cv.id} failed (${error.message}); uploading again into a new configuration version`
      )
      continue
    }
    ctx.log.info(`Uploaded configuration version ${cv.id}`)
    return waitUploaded(ctx, cv.id)
  }
}

async function waitUploaded(ctx: StepContext, id: string): Promise<ConfigurationVersion> {
  for (let poll = 0; ; poll++) {
    const cv = await readConfigurationVersion(ctx.http, id)
    if (cv.status === 'uploaded') return cv
    if (cv.status === 'errored' || cv.status === 'archived' || cv.status.startsWith('backing_data')) {
      throw new StepFailure(
        `HCP Terraform could not process the uploaded configuration (configuration version ${id} is ${cv.status}${cv.errorMessage ? `: ${cv.errorMessage}` : ''}). No run was created.`
      )
    }
    if (ctx.clock.now() >= ctx.deadline) throw new TimedOut('upload')
    await ctx.clock.sleep(
      Math.min(UPLOADED_POLL_MS[Math.min(poll, UPLOADED_POLL_MS.length - 1)], Math.max(0, ctx.deadline - ctx.clock.now())),
      ctx.signal
    )
  }
}

/** The checkout: `directory` is read from it, and no link is followed out of it. */
export function checkoutOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd())
}

/**
 * Why the archive root or the run directory would leave what the user pointed at: the working directory comes from
 * the workspace's settings, and must not widen the upload above the checkout (the runner's home, its other
 * repositories) nor send Terraform outside the archive.
 */
function layoutEscape(layout: UploadLayout, directory: string, checkout: string): string | undefined {
  if (!within(layout.root, layout.runDirectory)) return 'leads out of the uploaded directory'
  if (layout.root !== directory && !within(checkout, layout.root))
    return `would make ${layout.root} the archive's root, above the checkout (${checkout})`
  return undefined
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

/**
 * A pull-request comment as a command (`on: issue_comment`): `plan` the pull request's head and save the plans,
 * `apply` the saved plans before the merge once the apply requirements hold (and merge, with
 * `merge-after-apply`), `discard` them, or `help`. Every other comment ends the step successfully with one log line.
 * The plan and the apply are the one-workspace and set flows, run as for a `pull_request` event with `save-plan`,
 * and as `run: reviewed` for the open pull request: the run lifecycle does not change.
 */
import { githubAnswer, githubStatus } from '../github-errors.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { workflowRunOf } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import { globRegex } from '../multi/glob.js'
import { StickyComment } from '../report/comment.js'
import { octokitFor } from '../report/github.js'
import type { StepContext } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import type { ActionIO } from '../runtime.js'
import { STEP_FOLDER } from '../step-files.js'
import { readRun, runAction } from '../tfc/runs.js'
import type { FlowResult } from '../flows/result.js'
import { checkedOutCommit } from './checkout.js'
import {
  mergeMethodOf,
  permissionOf,
  permits,
  readCommentEvent,
  readPullRequest,
  unmetRequirements,
  type CommentEvent,
  type PullRequest
} from './github-side.js'
import { helpText, parseCommand, type Verb } from './parse.js'
import { readBinding } from '../run/binding.js'
import { RUN_ID } from '../report/comment-marker.js'

type Octokit = Awaited<ReturnType<typeof octokitFor>>

/** Nothing done, said in one log line: the step succeeds (a workflow on issue_comment runs for every comment). */
function nothing(io: ActionIO, why: string): FlowResult {
  io.info(`${why} Nothing was done.`)
  return { outputs: {}, cleanup: [] }
}

export async function runCommand(ctx: StepContext, io: ActionIO): Promise<FlowResult> {
  const { inputs, env } = ctx
  const { prefix } = inputs.commands
  const event = readCommentEvent(env)
  if (!event) return { outputs: {}, cleanup: [], failure: 'The issue_comment event payload could not be read (GITHUB_EVENT_PATH).' }
  if (event.action !== 'created') return nothing(io, `The comment was ${event.action}: commands are read from new comments only.`)
  if (!event.onPullRequest) return nothing(io, `The comment is on issue #${event.issueNumber}, not on a pull request.`)
  if (event.author.type === 'Bot') return nothing(io, `The comment was written by a bot (${event.author.login}).`)
  const parsed = parseCommand(event.body, prefix)
  if (parsed.kind === 'none') return nothing(io, `The comment is not a ${prefix} command.`)

  // A command from here on: seen (👀), answered, and its end shown (🚀 or 😕).
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!inputs.githubToken || !repository.includes('/'))
    return { outputs: {}, cleanup: [], failure: 'Comment commands need `github-token` and GITHUB_REPOSITORY: nothing was done.' }
  const [owner, repo] = repository.split('/')
  const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com')
  const answer = new Answer(octokit, owner, repo, event, io)
  await answer.react('eyes')
  const who = `@${event.author.login}`
  let result: FlowResult
  try {
    result = await command()
  } catch (error) {
    result = { outputs: {}, cleanup: [], failure: describeFailure(error, inputs) }
  }
  await answer.react(result.failure ? 'confused' : 'rocket')
  return result

  async function command(): Promise<FlowResult> {
    const refuse = async (why: string, reply = `${who}: ${why}`): Promise<FlowResult> => {
      await answer.reply(reply)
      return { outputs: {}, cleanup: [], failure: why }
    }
    const permission = await permissionOf(octokit, owner, repo, event!.author.login)
    if (!permits(permission, inputs.commands.permission))
      return refuse(
        `${prefix} commands need ${inputs.commands.permission} permission on this repository; ${event!.author.login} has ${permission}. Nothing was done.`
      )
    if (parsed.kind === 'invalid') {
      const why = `${prefix}: ${parsed.problem}. Nothing was done.`
      return refuse(why, `${who}: ${parsed.problem}.\n\n${helpText(prefix)}`)
    }
    if (parsed.kind !== 'command') return nothing(io, 'Not a command.')
    if (parsed.verb === 'help') {
      await answer.reply(helpText(prefix))
      return { outputs: {}, cleanup: [] }
    }
    const pull = await readPullRequest(octokit, owner, repo, event!.issueNumber)
    if (pull.merged || pull.state === 'closed')
      return refuse(
        `Pull request #${pull.number} is ${pull.merged ? 'merged' : 'closed'}: commands act on open pull requests only. Nothing was done.`
      )
    if (pull.fromFork && !inputs.commands.allowForks)
      return refuse(
        `Pull request #${pull.number} comes from a fork: planning or applying a fork's code runs it with the workspace's credentials, so commands on it are refused unless the workflow sets \`allow-fork-pull-requests: true\`. Nothing was done.`
      )
    const outside = outsideSelection(inputs, parsed.workspaces)
    if (outside) return refuse(outside)
    const requestedBy = `${prefix} ${parsed.verb} by ${who} in ${workflowRunOf(env)}`
    io.info(
      `Command: ${prefix} ${parsed.verb} by ${event!.author.login} (${permission}) on pull request #${pull.number}, head ${pull.headSha.slice(0, 7)}`
    )
    const scoped = await scopedTo(ctx, io, pull, parsed.verb, parsed.workspaces, requestedBy)
    switch (parsed.verb) {
      case 'plan':
        return plan(scoped, pull, refuse)
      case 'apply':
        return apply(scoped, pull, refuse)
      case 'discard':
        return discard(scoped, pull)
    }
  }

  async function plan(scoped: Scoped, pull: PullRequest, refuse: (why: string) => Promise<FlowResult>): Promise<FlowResult> {
    if (!inputs.directory)
      return refuse(`${prefix} plan uploads the pull request's code: the workflow's step needs \`directory\`. Nothing was done.`)
    // The code planned must be the pull request's head now: a push between the comment and the checkout would plan
    // something else under this comment's name.
    const checkedOut = checkedOutCommit(env.GITHUB_WORKSPACE || process.cwd())
    if (checkedOut !== pull.headSha)
      return refuse(
        checkedOut
          ? `The checkout is at ${checkedOut.slice(0, 7)}, but pull request #${pull.number}'s head is ${pull.headSha.slice(0, 7)} (a push landed since): nothing was planned. Comment ${prefix} plan again.`
          : `The checked-out commit could not be read in GITHUB_WORKSPACE: check out \`refs/pull/${pull.number}/head\` with actions/checkout before this step. Nothing was planned.`
      )
    return withRequest(await scoped.run(), `${prefix} plan by ${who}`)
  }

  async function apply(scoped: Scoped, pull: PullRequest, refuse: (why: string) => Promise<FlowResult>): Promise<FlowResult> {
    const unmet = await unmetRequirements(
      octokit,
      owner,
      repo,
      pull,
      inputs.commands.requirements,
      name => name.startsWith('terraform apply: '),
      ms => ctx.clock.sleep(ms, ctx.signal)
    )
    if (unmet.length)
      return refuse(
        `Not applied: the apply requirements do not all hold for pull request #${pull.number}: ${unmet.join('; ')}. Nothing was applied.`
      )
    const result = await scoped.run()
    if (result.failure) {
      const hint = /No reviewed plan|plan first/.test(result.failure) ? ` Plan first: comment \`${prefix} plan\`.` : ''
      return withRequest({ ...result, failure: `${result.failure}${hint}` }, `${prefix} apply by ${who}`)
    }
    if (!inputs.commands.mergeAfterApply) return withRequest(result, `${prefix} apply by ${who}`)
    // Merged pinned to the applied head: a push since the apply makes GitHub refuse rather than merge unapplied code.
    try {
      const method = await mergeMethodOf(octokit, owner, repo)
      await octokit.rest.pulls.merge({ owner, repo, pull_number: pull.number, sha: pull.headSha, merge_method: method })
      io.info(`Merged pull request #${pull.number} at ${pull.headSha.slice(0, 7)} (${method}).`)
      await answer.reply(`Applied and merged pull request #${pull.number} at ${pull.headSha.slice(0, 7)} (${method}), as ${who} asked.`)
      return result
    } catch (error) {
      const status = githubStatus(error)
      const why =
        status === 409
          ? `Applied, but not merged: pull request #${pull.number}'s head moved after ${pull.headSha.slice(0, 7)} was applied, and GitHub refused the merge. Plan and apply the new head.`
          : `Applied, but not merged: GitHub answered ${githubAnswer(error)} to the merge (the job needs \`contents: write\` and \`pull-requests: write\`).`
      await answer.reply(`${who}: ${why}`)
      return { ...result, failure: why }
    }
  }

  async function discard(scoped: Scoped, pull: PullRequest): Promise<FlowResult> {
    const lines: string[] = []
    let failed = 0
    for (const { workspace, runId } of await scoped.savedRuns()) {
      try {
        const run = await readRun(ctx.http, runId)
        const binding = readBinding(run.message)
        if (binding?.pullRequest !== pull.number || binding.repository.toLowerCase() !== repository.toLowerCase()) {
          lines.push(`- \`${workspace}\`: run ${runId} is not a plan of this pull request; left alone`)
        } else if (run.actions.isDiscardable) {
          await runAction(
            ctx.http,
            run.id,
            'discard',
            `Discarded by ${prefix} discard (${event!.author.login}) on pull request #${pull.number}`
          )
          lines.push(`- \`${workspace}\`: discarded run ${run.id}`)
        } else lines.push(`- \`${workspace}\`: run ${run.id} is ${run.status}, nothing to discard`)
      } catch (error) {
        failed++
        lines.push(`- \`${workspace}\`: could not discard run ${runId}: ${describeFailure(error, inputs)}`)
      }
    }
    const body = lines.length
      ? `${prefix} discard by ${who}:\n\n${lines.join('\n')}`
      : `${prefix} discard by ${who}: pull request #${pull.number} has no saved plan to discard.`
    await answer.reply(body)
    io.info(body)
    return { outputs: {}, cleanup: [], failure: failed ? `${failed} saved plans could not be discarded.` : undefined }
  }
}

/** The reactions on the command comment, and replies on its pull request. Failures to write them are warnings. */
class Answer {
  constructor(
    private readonly octokit: Octokit,
    private readonly owner: string,
    private readonly repo: string,
    private readonly event: CommentEvent,
    private readonly io: ActionIO
  ) {}

  async react(content: 'eyes' | 'rocket' | 'confused'): Promise<void> {
    try {
      await this.octokit.rest.reactions.createForIssueComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: this.event.commentId,
        content
      })
    } catch (error) {
      this.io.warning(`Could not react to the command comment: GitHub answered ${githubAnswer(error)}.`)
    }
  }

  async reply(body: string): Promise<void> {
    try {
      await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: this.event.issueNumber, body })
    } catch (error) {
      this.io.warning(
        `Could not reply on the pull request: GitHub answered ${githubAnswer(error)} (the job needs \`pull-requests: write\`).`
      )
    }
  }
}

/** A `-w` name or glob that names none of the workspaces this step selects, said so; undefined when all do. */
function outsideSelection(inputs: ActionInputs, names: readonly string[]): string | undefined {
  if (!names.length || inputs.set) return undefined
  const missing = names.filter(name => !globRegex(name).test(inputs.workspace))
  return missing.length
    ? `-w ${missing.join(', -w ')}: not among the workspaces this step selects (${inputs.workspace}). Nothing was done.`
    : undefined
}

interface Scoped {
  /** The plan or apply through the one-workspace or set flow, as for the pull request. */
  run(): Promise<FlowResult>
  /** The saved runs this pull request's comments index for the selection, by workspace label. */
  savedRuns(): Promise<Array<{ workspace: string; runId: string }>>
}

/**
 * The command's flow: the pull request as the event (a `pull_request` payload of its number and head, written to
 * the step's folder), its inputs for the verb (`plan`: save-plan; `apply`: run reviewed for this open pull request,
 * applied), `-w` as a narrowed selection, and who asked in the report.
 */
async function scopedTo(
  ctx: StepContext,
  io: ActionIO,
  pull: PullRequest,
  verb: Verb,
  only: string[],
  requestedBy: string
): Promise<Scoped> {
  const { inputs, env } = ctx
  const dir = join(env.RUNNER_TEMP || process.cwd(), STEP_FOLDER)
  await mkdir(dir, { recursive: true })
  const eventPath = join(dir, `pull-request-${pull.number}.json`)
  await writeFile(eventPath, JSON.stringify({ number: pull.number, pull_request: { number: pull.number, head: { sha: pull.headSha } } }))
  const prEnv: NodeJS.ProcessEnv = { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
  const pr = { repo: env.GITHUB_REPOSITORY ?? '', number: pull.number, headSha: pull.headSha }
  const set = inputs.set && { ...inputs.set, ...(only.length ? { only } : {}) }
  const verbInputs: ActionInputs =
    verb === 'apply'
      ? {
          ...inputs,
          set,
          run: 'reviewed',
          apply: true,
          savePlan: false,
          planOnly: false,
          directory: '',
          configurationVersion: '',
          promoteFrom: '',
          comment: 'true'
        }
      : { ...inputs, set, run: '', apply: false, savePlan: true, planOnly: false, comment: 'true' }
  const scopedIO = withEnv(io, prEnv)
  const scopedCtx: StepContext = {
    ...ctx,
    inputs: verbInputs,
    env: prEnv,
    requestedBy,
    ...(verb === 'apply' ? { reviewedPullRequest: pr } : {})
  }
  return {
    run: async () =>
      set
        ? (await import('../multi/run-set.js')).runSet(scopedCtx, scopedIO, set)
        : (await import('../flows/one-workspace.js')).runOneWorkspace(scopedCtx, scopedIO),
    savedRuns: async () => {
      const sticky = await StickyComment.create(verbInputs, scopedIO, pr)
      if (!sticky) return []
      if (!set) {
        const { resolveWorkspace } = await import('../run/workspace.js')
        const workspace = await resolveWorkspace(scopedCtx)
        const comment = await sticky.read(workspace)
        const run = comment?.state?.run
        return run && RUN_ID.test(run) ? [{ workspace: `${workspace.organization}/${workspace.name}`, runId: run }] : []
      }
      const { describeSelection, selectWorkspaces } = await import('../multi/select.js')
      const workspaces = await selectWorkspaces(scopedCtx, set.selection)
      const patterns = (set.only ?? []).map(globRegex)
      const chosen = workspaces.filter(w => !patterns.length || patterns.some(re => re.test(w.name)))
      const comment = await sticky.readSet(describeSelection(set.selection), inputs.organization)
      return chosen.flatMap(w => {
        const run = comment?.runs[sticky.keyOf(w)]?.run
        return run ? [{ workspace: `${w.organization}/${w.name}`, runId: run }] : []
      })
    }
  }
}

/** The step's I/O with another environment: the command's pull request in place of the comment event. */
function withEnv(io: ActionIO, env: NodeJS.ProcessEnv): ActionIO {
  return {
    env,
    getInput: name => io.getInput(name),
    setSecret: secret => io.setSecret(secret),
    setOutput: (name, value) => io.setOutput(name, value),
    saveState: (name, value) => io.saveState(name, value),
    getState: name => io.getState(name),
    debug: message => io.debug(message),
    info: message => io.info(message),
    warning: message => io.warning(message),
    group: (name, fn) => io.group(name, fn),
    appendSummary: markdown => io.appendSummary(markdown),
    setFailed: message => io.setFailed(message),
    annotate: annotation => io.annotate(annotation)
  }
}

/** The flow's failure, if any, said with the command that asked for it. */
function withRequest(result: FlowResult, asked: string): FlowResult {
  return result.failure ? { ...result, failure: `${asked}: ${result.failure}` } : result
}

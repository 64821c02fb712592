/**
 * A GitHub check run per workspace on the pull request's head commit, for branch protection to require:
 * `terraform plan: <org>/<workspace>` (and `terraform apply: …` for an apply), in progress while the run works, then
 * success, failure or neutral, with the counts as title, the report as summary and the plan's annotations. A 403
 * (no `checks: write`) is one warning; the step goes on without checks.
 */
import { githubStatus } from '../github-errors.js'
import type { ActionIO } from '../runtime.js'
import type { Annotation } from './annotations.js'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** GitHub's limits: a check run's summary, and annotations per request. */
const SUMMARY_LIMIT = 65_535
const ANNOTATIONS_PER_REQUEST = 50

export type Phase = 'plan' | 'apply'
export type Conclusion = 'success' | 'failure' | 'neutral'

export function checkName(phase: Phase, workspace: { organization: string; name: string }): string {
  return `terraform ${phase}: ${workspace.organization}/${workspace.name}`
}

export class CheckRuns {
  private disabled = false
  private readonly ids = new Map<string, number>()

  constructor(
    private readonly octokit: Octokit,
    private readonly owner: string,
    private readonly repo: string,
    private readonly headSha: string,
    private readonly io: ActionIO
  ) {}

  /** The check shows the run at work. */
  async start(name: string, title: string): Promise<void> {
    await this.guard(() => this.create(name, { status: 'in_progress', output: { title, summary: title } }))
  }

  /** The check's end: its conclusion, title, summary (cut to GitHub's limit) and annotations (50 a request). */
  async finish(
    name: string,
    conclusion: Conclusion,
    title: string,
    summary: string,
    annotations: readonly Annotation[] = []
  ): Promise<void> {
    await this.guard(async () => {
      const onFiles = annotations.filter(a => a.file)
      const batches: Annotation[][] = []
      for (let i = 0; i < onFiles.length; i += ANNOTATIONS_PER_REQUEST) batches.push(onFiles.slice(i, i + ANNOTATIONS_PER_REQUEST))
      const output = (batch: Annotation[] = []) => ({
        title: title.slice(0, 255),
        summary:
          summary.length > SUMMARY_LIMIT
            ? `${summary.slice(0, SUMMARY_LIMIT - 60)}\n\n_Cut to GitHub's limit; the run page has it all._`
            : summary,
        ...(batch.length ? { annotations: batch.map(checkAnnotation) } : {})
      })
      const [first = [], ...rest] = batches
      const done = { status: 'completed' as const, conclusion, output: output(first) }
      // A check never started (a skipped workspace, or a start GitHub refused) is created finished.
      const started = this.ids.get(name)
      const id = started ?? (await this.create(name, done))
      if (started !== undefined) await this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: id, ...done })
      for (const batch of rest)
        await this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: id, output: output(batch) })
    })
  }

  /** Creates the check run `name` on the head commit; its ID is kept for the updates. */
  private async create(
    name: string,
    fields: Omit<NonNullable<Parameters<Octokit['rest']['checks']['create']>[0]>, 'owner' | 'repo' | 'name' | 'head_sha'>
  ): Promise<number> {
    const { data } = await this.octokit.rest.checks.create({ owner: this.owner, repo: this.repo, name, head_sha: this.headSha, ...fields })
    this.ids.set(name, data.id)
    return data.id
  }

  /** A refusal is one warning, then no more checks; any other failure of a check is a warning too. */
  private async guard(write: () => Promise<unknown>): Promise<void> {
    if (this.disabled) return
    try {
      await write()
    } catch (error) {
      const status = githubStatus(error)
      if (status === 403 || status === 404) {
        // Workspaces started side by side may all hear it: one warning says it.
        if (this.disabled) return
        this.disabled = true
        this.io.warning(
          `Could not write check runs (GitHub answered ${status}): give the job \`checks: write\` for a check per workspace. The step goes on without them.`
        )
      } else this.io.warning(`Could not write a check run: ${status ? `GitHub answered ${status}` : (error as Error).message}.`)
    }
  }
}

function checkAnnotation(a: Annotation): {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title: string
} {
  const start = a.startLine ?? 1
  return {
    path: a.file!,
    start_line: start,
    end_line: a.endLine ?? start,
    annotation_level: a.level === 'error' ? 'failure' : a.level === 'warning' ? 'warning' : 'notice',
    message: a.message.slice(0, 64 * 1024),
    title: a.title.slice(0, 255)
  }
}

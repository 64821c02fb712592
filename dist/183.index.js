export const id = 183;
export const ids = [183];
export const modules = {

/***/ 3183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verdict: () => (/* binding */ verdict),
  workspaceChecks: () => (/* binding */ workspaceChecks)
});

// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/run/read-plan.ts
var read_plan = __webpack_require__(7417);
;// CONCATENATED MODULE: ./src/report/check-runs.ts
/** GitHub's limits: a check run's summary, and annotations per request. */
const SUMMARY_LIMIT = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
function checkName(phase, workspace) {
    return `terraform ${phase}: ${workspace.organization}/${workspace.name}`;
}
class CheckRuns {
    octokit;
    owner;
    repo;
    headSha;
    io;
    disabled = false;
    ids = new Map();
    constructor(octokit, owner, repo, headSha, io) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.headSha = headSha;
        this.io = io;
    }
    /** The check shows the run at work. */
    async start(name, title) {
        await this.guard(async () => {
            const { data } = await this.octokit.rest.checks.create({
                owner: this.owner,
                repo: this.repo,
                name,
                head_sha: this.headSha,
                status: 'in_progress',
                output: { title, summary: title }
            });
            this.ids.set(name, data.id);
        });
    }
    /** The check's end: its conclusion, title, summary (cut to GitHub's limit) and annotations (50 a request). */
    async finish(name, conclusion, title, summary, annotations = []) {
        await this.guard(async () => {
            const onFiles = annotations.filter(a => a.file);
            const batches = [];
            for (let i = 0; i < onFiles.length; i += ANNOTATIONS_PER_REQUEST)
                batches.push(onFiles.slice(i, i + ANNOTATIONS_PER_REQUEST));
            const output = (batch = []) => ({
                title: title.slice(0, 255),
                summary: summary.length > SUMMARY_LIMIT
                    ? `${summary.slice(0, SUMMARY_LIMIT - 60)}\n\n_Cut to GitHub's limit; the run page has it all._`
                    : summary,
                ...(batch.length ? { annotations: batch.map(checkAnnotation) } : {})
            });
            let id = this.ids.get(name);
            const [first = [], ...rest] = batches;
            if (id === undefined) {
                const { data } = await this.octokit.rest.checks.create({
                    owner: this.owner,
                    repo: this.repo,
                    name,
                    head_sha: this.headSha,
                    status: 'completed',
                    conclusion,
                    output: output(first)
                });
                id = data.id;
                this.ids.set(name, id);
            }
            else {
                await this.octokit.rest.checks.update({
                    owner: this.owner,
                    repo: this.repo,
                    check_run_id: id,
                    status: 'completed',
                    conclusion,
                    output: output(first)
                });
            }
            for (const batch of rest)
                await this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: id, output: output(batch) });
        });
    }
    /** A refusal is one warning, then no more checks; any other failure of a check is a warning too. */
    async guard(write) {
        if (this.disabled)
            return;
        try {
            await write();
        }
        catch (error) {
            const status = error.status;
            if (status === 403 || status === 404) {
                // Workspaces started side by side may all hear it: one warning says it.
                if (this.disabled)
                    return;
                this.disabled = true;
                this.io.warning(`Could not write check runs (GitHub answered ${status}): give the job \`checks: write\` for a check per workspace. The step goes on without them.`);
            }
            else
                this.io.warning(`Could not write a check run: ${status ? `GitHub answered ${status}` : error.message}.`);
        }
    }
}
function checkAnnotation(a) {
    const start = a.startLine ?? 1;
    return {
        path: a.file,
        start_line: start,
        end_line: a.endLine ?? start,
        annotation_level: a.level === 'error' ? 'failure' : a.level === 'warning' ? 'warning' : 'notice',
        message: a.message.slice(0, 64 * 1024),
        title: a.title.slice(0, 255)
    };
}

// EXTERNAL MODULE: ./src/report/late.ts + 3 modules
var late = __webpack_require__(4938);
;// CONCATENATED MODULE: ./src/report/workspace-checks.ts
/**
 * The check run of each workspace a flow runs, on the pull request's head commit: started when its run is
 * created, finished with its outcome (skipped workspaces neutral, with the reason as title). When `checksDue` says
 * so (comment commands and sets on pull requests, or `checks: true`). Loaded only then.
 */




/** Check runs for this step (the caller has asked `checksDue`), or undefined without a pull request head to check. */
async function workspaceChecks(inputs, io, phase) {
    const pr = (0,github_event/* pullRequestOf */._n)(io.env);
    if (!pr?.headSha)
        return undefined;
    const [owner, repo] = pr.repo.split('/');
    const { octokitFor } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 642));
    const runs = new CheckRuns(await octokitFor(inputs.githubToken, io.env.GITHUB_API_URL || 'https://api.github.com'), owner, repo, pr.headSha, io);
    const started = new Map();
    return {
        start: workspace => {
            const name = checkName(phase, workspace);
            const starting = runs.start(name, phase === 'plan' ? 'Planning' : 'Applying');
            started.set(name, starting);
            return starting;
        },
        finish: async (workspace, outcome) => {
            const name = checkName(phase, workspace);
            await started.get(name);
            const { conclusion, title } = verdict(outcome);
            const layout = outcome.run ? (0,late.sourceLayout)(outcome.configuration, outcome.workspace, io.env) : undefined;
            const report = layout ? (0,late.reportOf)(outcome, inputs.apiOrigin, io.env, inputs, layout) : undefined;
            const summary = report ? (0,late.renderWithinLimit)(report, 60_000).markdown : (outcome.failure ?? outcome.action);
            const annotations = layout ? (0,late.annotationsOf)((0,late.diagnosticsOf)(outcome), layout) : [];
            await runs.finish(name, conclusion, title, summary, annotations);
        },
        skip: (workspace, reason) => runs.finish(checkName(phase, workspace), 'neutral', `Skipped: ${reason}`.slice(0, 255), `Not run: ${reason}.`)
    };
}
/** success: planned (with or without changes) or applied; failure: errored, a hard-failed policy, a refused destroy. */
function verdict(outcome) {
    const counts = (0,read_plan/* countsOf */.mQ)(outcome.plan);
    const changes = counts
        ? counts.add + counts.change + counts.destroy + counts.replace + counts.import + counts.forget > 0
            ? `${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.destroy} to destroy`
            : 'No changes'
        : '';
    if (outcome.failure)
        return { conclusion: 'failure', title: outcome.failure.split(/(?<=\.)\s/)[0].slice(0, 200) };
    return { conclusion: 'success', title: changes || outcome.action.slice(0, 200) };
}


/***/ })

};

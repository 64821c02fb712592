export const id = 669;
export const ids = [669,263,694];
export const modules = {

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ githubAnswer),
/* harmony export */   h: () => (/* binding */ githubStatus)
/* harmony export */ });
/** Reading Octokit's errors, the same way everywhere a GitHub request can fail. */
/** The HTTP status GitHub answered with; undefined when no answer came (a network failure, a timeout). */
function githubStatus(error) {
    return error?.status;
}
/** What GitHub answered, for a message: its status, or the error's own message when there was no answer. */
function githubAnswer(error) {
    return githubStatus(error) ?? error.message;
}


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationsOf: () => (/* reexport */ annotationsOf),
  diagnosticsOf: () => (/* reexport */ diagnosticsOf),
  renderWithinLimit: () => (/* reexport */ render/* renderWithinLimit */.n5),
  reportOf: () => (/* reexport */ reportOf),
  sourceLayout: () => (/* reexport */ sourceLayout)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Terraform diagnostics as GitHub annotations on the repository's files (tfc-api-addendum.md §4.3, §4.4). Pure:
 * which file and lines each diagnostic points at, and which ones fit in the runner's limits.
 */

/** The runner shows at most 10 annotations of each type per step (addendum §4.4). */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * The repository path of a diagnostic's file: the archive root joined with the working directory and the file
 * (Terraform's filename is relative to where it ran). Undefined for a module installed during the run
 * (`.terraform/modules/…`), a path outside the repository, or a file not in the checkout.
 */
function repoPathOf(filename, layout) {
    if (layout.root === undefined || external_node_path_.posix.isAbsolute(filename) || /^[A-Za-z]:[\\/]/.test(filename))
        return undefined;
    const relativeToRun = external_node_path_.posix.normalize(filename.replace(/\\/g, '/'));
    if (relativeToRun === '.terraform' || relativeToRun.startsWith('.terraform/'))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(layout.root || '.', layout.workingDirectory.replace(/^\/+/, '') || '.', relativeToRun));
    if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path))
        return undefined;
    if (path.split('/').includes('.terraform'))
        return undefined;
    return layout.exists(path) ? path : undefined;
}
function annotationOf(diagnostic, layout) {
    const where = diagnostic.address ? ` (${diagnostic.address})` : '';
    const annotation = {
        level: diagnostic.severity,
        title: `Terraform ${diagnostic.phase}: ${diagnostic.summary}${where}`,
        message: diagnostic.detail || diagnostic.summary
    };
    const range = diagnostic.range;
    const file = range && repoPathOf(range.filename, layout);
    if (!range || !file) {
        // Annotated without a file: say where it was, so the reader can still find it.
        if (range)
            annotation.message += `\n(${range.filename} line ${range.start.line})`;
        return annotation;
    }
    annotation.file = file;
    annotation.startLine = range.start.line;
    annotation.endLine = Math.max(range.start.line, range.end?.line ?? range.start.line);
    // Columns only on one line (the runner ignores them otherwise); Terraform's end column is exclusive.
    if (annotation.endLine === annotation.startLine && range.start.column !== undefined) {
        annotation.startColumn = range.start.column;
        annotation.endColumn = Math.max(range.start.column, (range.end?.column ?? range.start.column + 1) - 1);
    }
    return annotation;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * The annotations to emit: errors first, then warnings, then notices; a repeated (file, line, summary) once;
 * at most ANNOTATIONS_PER_LEVEL of each level. The report lists every diagnostic.
 */
function annotationsOf(diagnostics, layout) {
    const seen = new Set();
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const out = [];
    const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    for (const diagnostic of sorted) {
        const annotation = annotationOf(diagnostic, layout);
        const key = `${annotation.level}\0${annotation.file ?? ''}\0${annotation.startLine ?? ''}\0${annotation.title}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (perLevel[annotation.level] >= ANNOTATIONS_PER_LEVEL)
            continue;
        perLevel[annotation.level]++;
        out.push(annotation);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(1463);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/tfc/cost-estimates.ts
var cost_estimates = __webpack_require__(144);
// EXTERNAL MODULE: ./src/run/read-plan.ts
var read_plan = __webpack_require__(7417);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/report/report-input.ts





/** The report (summary and comment) of an outcome; undefined when there is no run to report on. */
function reportOf(outcome, apiOrigin, env, inputs, layout) {
    const { overrideReason } = inputs;
    const { kind, run, workspace, plan } = outcome;
    if (!kind || !run || !workspace)
        return undefined;
    const sha = (0,github_event/* commitOf */.D3)(env);
    const commitUrl = sha && (0,github_event/* repositoryUrl */.Ek)(env, `commit/${sha}`);
    return {
        outcome: kind,
        action: outcome.action,
        failure: outcome.failure,
        run: {
            id: run.id,
            url: (0,run_workspace/* runUrl */.Vp)(apiOrigin, workspace, run.id),
            status: run.status,
            createdAt: run.createdAt,
            isDestroy: inputs.isDestroy,
            planOnly: inputs.planOnly
        },
        workspace: { organization: workspace.organization, name: workspace.name, url: (0,run_workspace/* workspaceUrl */.fO)(apiOrigin, workspace) },
        configurationVersion: run.configurationVersionId
            ? { id: run.configurationVersionId, source: outcome.configuration?.source }
            : undefined,
        configurationWarning: outcome.configuration?.warning,
        commit: commitUrl && sha ? { sha, url: commitUrl } : undefined,
        counts: plan.summary ? undefined : (0,read_plan/* apiCounts */.bw)(plan.plan),
        plan: plan.summary,
        attributeValues: inputs.attributeValues,
        planNote: plan.note,
        cost: plan.cost && (0,cost_estimates/* describeCost */.P)(plan.cost),
        log: outcome.applyLog ?? plan.log,
        checks: outcome.checks,
        stateOutputs: outcome.stateOutputs && {
            outputs: outcome.stateOutputs.outputs.map(({ name, type, sensitive }) => ({ name, type, sensitive })),
            note: outcome.stateOutputs.note
        },
        overrides: outcome.overrides?.length ? { what: outcome.overrides, reason: overrideReason } : undefined,
        diagnostics: shownDiagnostics(outcome, layout),
        diagnosticsDropped: (outcome.plan.diagnostics?.dropped ?? 0) + (outcome.applyDiagnostics?.dropped ?? 0)
    };
}
/** Every diagnostic of the run, plan then apply. */
function diagnosticsOf(outcome) {
    return [...(outcome.plan.diagnostics?.items ?? []), ...(outcome.applyDiagnostics?.items ?? [])];
}
function shownDiagnostics(outcome, layout) {
    const all = diagnosticsOf(outcome);
    if (!all.length)
        return undefined;
    return all.map(d => ({ ...d, where: d.range ? repoPathOf(d.range.filename, layout) : undefined }));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/report/source-layout.ts


/**
 * Where the planned code lives in this checkout. Only code uploaded from it (`directory`) is known to be there:
 * a workspace's latest or another workspace's configuration may be other code, so its diagnostics get no file.
 */
function sourceLayout(configuration, workspace, env) {
    const base = env.GITHUB_WORKSPACE || process.cwd();
    const fromRepo = configuration?.root !== undefined ? (0,external_node_path_.relative)(base, configuration.root) : undefined;
    const seen = new Map();
    const inside = fromRepo !== undefined && !fromRepo.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromRepo);
    return {
        root: inside ? fromRepo.split(external_node_path_.sep).join('/') : undefined,
        workingDirectory: workspace?.workingDirectory ?? '',
        // Asked once per path: the report and the annotations name the same files.
        exists: path => {
            let found = seen.get(path);
            if (found === undefined) {
                try {
                    found = (0,external_node_fs_.statSync)((0,external_node_path_.join)(base, path)).isFile();
                }
                catch {
                    found = false;
                }
                seen.set(path, found);
            }
            return found;
        }
    };
}

;// CONCATENATED MODULE: ./src/report/late.ts
/**
 * What the main step needs once it has a run to report on: the report, the outputs, the annotations. Loaded apart
 * from the start-up code, like `run/after-start.ts`.
 */






/***/ }),

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
// EXTERNAL MODULE: ./src/github-errors.ts
var github_errors = __webpack_require__(706);
;// CONCATENATED MODULE: ./src/report/check-runs.ts
/**
 * A GitHub check run per workspace on the pull request's head commit, for branch protection to require:
 * `terraform plan: <org>/<workspace>` (and `terraform apply: …` for an apply), in progress while the run works, then
 * success, failure or neutral, with the counts as title, the report as summary and the plan's annotations. A 403
 * (no `checks: write`) is one warning; the step goes on without checks.
 */

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
        await this.guard(() => this.create(name, { status: 'in_progress', output: { title, summary: title } }));
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
            const [first = [], ...rest] = batches;
            const done = { status: 'completed', conclusion, output: output(first) };
            // A check never started (a skipped workspace, or a start GitHub refused) is created finished.
            const started = this.ids.get(name);
            const id = started ?? (await this.create(name, done));
            if (started !== undefined)
                await this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: id, ...done });
            for (const batch of rest)
                await this.octokit.rest.checks.update({ owner: this.owner, repo: this.repo, check_run_id: id, output: output(batch) });
        });
    }
    /** Creates the check run `name` on the head commit; its ID is kept for the updates. */
    async create(name, fields) {
        const { data } = await this.octokit.rest.checks.create({ owner: this.owner, repo: this.repo, name, head_sha: this.headSha, ...fields });
        this.ids.set(name, data.id);
        return data.id;
    }
    /** A refusal is one warning, then no more checks; any other failure of a check is a warning too. */
    async guard(write) {
        if (this.disabled)
            return;
        try {
            await write();
        }
        catch (error) {
            const status = (0,github_errors/* githubStatus */.h)(error);
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
    const { octokitFor } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 642));
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


/***/ }),

/***/ 2263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ STEP_FOLDER),
/* harmony export */   n: () => (/* binding */ stepFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The one folder of RUNNER_TEMP the step writes in. */
const STEP_FOLDER = 'tfe-run-action';
/** An ID an API sent (a plan's, an assessment's) as it may name a file: letters, digits, `-` and `_`, nothing else. */
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
/**
 * The path of a file the step writes, named by an ID from HCP Terraform. The ID is checked before it is joined: a
 * compromised or impostor API answering `../../work/repo/package` must not write a file elsewhere on the runner.
 */
async function stepFile(env, id, extension) {
    if (!FILE_SAFE_ID.test(id))
        throw new Error(`HCP Terraform answered with an ID that is not one (${JSON.stringify(id.slice(0, 80))}); nothing was written for it`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), STEP_FOLDER);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${id}${extension}`);
}


/***/ })

};

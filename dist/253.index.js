export const id = 253;
export const ids = [253,359,263];
export const modules = {

/***/ 5740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDrift: () => (/* binding */ checkDrift),
  runDrift: () => (/* binding */ runDrift),
  runDriftSet: () => (/* binding */ runDriftSet)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/comment-marker.ts
var comment_marker = __webpack_require__(7202);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
// EXTERNAL MODULE: ./src/outputs.ts
var src_outputs = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/flows/result.ts
var result = __webpack_require__(9928);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/lifecycle.ts + 6 modules
var lifecycle = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/plan/read.ts
var plan_read = __webpack_require__(2947);
// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(1463);
// EXTERNAL MODULE: ./src/step-files.ts
var step_files = __webpack_require__(2263);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
;// CONCATENATED MODULE: ./src/tfc/assessments.ts

/**
 * `GET /workspaces/:id/current-assessment-result`: undefined when there is none (404: assessments off, not yet
 * run, or not in the organization's plan).
 */
async function readCurrentAssessment(http, workspaceId) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}/current-assessment-result`;
    const response = await http.request('GET', path, { accept: [404, 403] });
    if (response.status !== 200)
        return undefined;
    const resource = (0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)(response.body, `GET /api/v2/${path}`));
    const links = resource.links ?? {};
    return {
        id: resource.id,
        drifted: (0,jsonapi/* bool */.lc)(resource, 'drifted'),
        succeeded: (0,jsonapi/* bool */.lc)(resource, 'succeeded'),
        createdAt: (0,jsonapi/* str */.gx)(resource, 'created-at'),
        resourcesDrifted: (0,jsonapi/* num */.bu)(resource, 'resources-drifted') ?? 0,
        jsonOutputUrl: typeof links['json-output'] === 'string' ? links['json-output'] : `/api/v2/assessment-results/${resource.id}/json-output`
    };
}

// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __webpack_require__(7488);
;// CONCATENATED MODULE: ./src/drift/detect.ts
/**
 * Whether a workspace has drifted, and how: from its current health assessment when HCP Terraform has a recent
 * successful one, otherwise from a speculative refresh-only run the step creates (with every guarantee of a run it
 * creates: stopped on failure, timeout or cancellation).
 */









/** A stable summary of the drift (addresses and changed attribute paths): when it changes, it is news. */
function driftSignature(drift) {
    const lines = drift.map(c => `${c.address}:${c.action}:${(c.diff?.attributes ?? []).map(a => a.path).join(',')}`).sort();
    return lines.length ? (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) : '';
}
/**
 * GitHub refuses an issue body or comment over 65,536 characters. The report leaves room for the issue's hidden
 * markers (the drifted addresses among them), and degrades to fit: without changed attributes, then the first
 * addresses and a count, with the link to the full drift.
 */
const DRIFT_REPORT_LIMIT = 40_000;
/** The drift as markdown: each resource, what changed in it (sensitive values never shown), where it was seen. */
function renderDrift(workspace, result, values, limit = DRIFT_REPORT_LIMIT) {
    const label = `${workspace.organization}/${workspace.name}`;
    const where = (0,markdown/* link */.nf)(result.source.kind === 'assessment' ? `health assessment ${result.source.id}` : `refresh-only run ${result.source.id}`, result.source.url);
    const seen = `Seen at ${result.source.at} by ${where}.`;
    if (result.drifted === undefined)
        return `### ⚠️ Drift not known: ${(0,markdown/* escapeText */.X1)(label)}\n\n${(0,markdown/* escapeProse */.fd)(`Drift could not be read: ${result.unknown ?? 'unknown'}.`)} ${seen} _The drift issue, if any, was left as it is._`;
    if (!result.drifted)
        return `### ✅ No drift: ${(0,markdown/* escapeText */.X1)(label)}\n\n${seen}`;
    const count = result.drift.length;
    const around = (items, note) => [
        `### 🌊 Drift: ${(0,markdown/* escapeText */.X1)(label)}`,
        `${seen} ${count} ${count === 1 ? 'resource has' : 'resources have'} changed outside Terraform:`,
        items,
        ...(note ? [`_${note}_`] : []),
        '_Apply the workspace to bring the infrastructure back to its configuration, or change the configuration to match._'
    ].join('\n\n');
    const line = (change) => `- ${(0,markdown/* code */.aY)(change.address)} (${(0,markdown/* escapeProse */.fd)(change.action)})`;
    const full = around(result.drift
        .map(change => (change.diff?.attributes.length ? (0,markdown/* underListItem */.uZ)(line(change), (0,render/* attributeDiffBlock */.DN)(change.diff, values)) : line(change)))
        .join('\n'));
    if (full.length <= limit)
        return full;
    const bare = around(result.drift.map(line).join('\n'), 'Changed attributes were left out to fit; the link above has them.');
    if (bare.length <= limit)
        return bare;
    // The first addresses that fit, then how many more.
    const lines = [];
    let used = around('', '').length + 200;
    for (const change of result.drift) {
        const next = line({ ...change, address: (0,markdown/* elided */.GO)(change.address, 200) });
        if (used + next.length + 1 > limit)
            break;
        lines.push(next);
        used += next.length + 1;
    }
    lines.push(`- … and ${count - lines.length} more`);
    return around(lines.join('\n'), `Only the first ${lines.length - 1} of ${count} drifted resources are listed, to fit; the link above has them all.`);
}
/**
 * The drift a health assessment's plan lists, or why it cannot be used: its `json-output` needs admin access to
 * the workspace (the recommended plan-only token is refused), and a drifted assessment whose plan lists nothing
 * drifting is not believed either. Never an empty list standing in for "not read".
 */
async function assessedDrift(ctx, assessment) {
    try {
        const file = await (0,step_files/* stepFile */.n)(ctx.env, assessment.id, '.json');
        const read = await ctx.http.fetchBlob(assessment.jsonOutputUrl, { label: 'assessment plan', destination: file });
        if (read.status !== 200)
            return `HCP Terraform answered ${read.status} for its plan (reading it needs admin access to the workspace)`;
        const drift = (await (0,plan_read/* readPlanSummary */.G)(file)).drift;
        if (assessment.drifted && !drift.length)
            return 'its plan lists nothing drifting although it says the workspace drifted';
        return drift;
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        return `its plan could not be read (${error.message})`;
    }
}
/** `onRun`: the refresh-only run exists (recorded for the post step, as any run the step creates). */
async function detectDrift(ctx, workspace, onRun) {
    const { inputs, http, clock } = ctx;
    const assessment = await readCurrentAssessment(http, workspace.id);
    const age = assessment ? clock.now() - Date.parse(assessment.createdAt) : Infinity;
    let instead;
    if (assessment?.succeeded && age <= inputs.timeoutMs && assessment.jsonOutputUrl) {
        ctx.log.info(`Using health assessment ${assessment.id} of ${assessment.createdAt} (${assessment.drifted ? 'drifted' : 'no drift'})`);
        const drift = await assessedDrift(ctx, assessment);
        if (typeof drift !== 'string')
            return {
                drifted: assessment.drifted,
                drift,
                source: {
                    kind: 'assessment',
                    id: assessment.id,
                    url: `${(0,run_workspace/* workspaceUrl */.fO)(inputs.apiOrigin, workspace)}/health/drift`,
                    at: assessment.createdAt
                }
            };
        instead = `The health assessment ${assessment.id} cannot be used: ${drift}. Planning refresh-only instead`;
    }
    else {
        instead = assessment
            ? `The current health assessment (${assessment.createdAt}) is ${assessment.succeeded ? 'older than `timeout`' : 'not a success'}: planning refresh-only instead`
            : 'No health assessment for this workspace: planning refresh-only';
    }
    ctx.log.info(instead);
    const outcome = await (0,lifecycle/* runLifecycle */.C)({
        ...ctx,
        inputs: { ...inputs, workspace: workspace.id, set: undefined, planOnly: true, refreshOnly: true, apply: false, savePlan: false },
        selected: workspace
    }, { onRun });
    const summary = outcome.plan.summary;
    const drift = summary?.drift ?? [];
    const run = outcome.run;
    return {
        drifted: summary ? drift.length > 0 : undefined,
        drift,
        ...(summary ? {} : { unknown: "the refresh-only plan's JSON could not be read" }),
        source: {
            kind: 'run',
            id: run?.id ?? '',
            url: run ? (0,run_workspace/* runUrl */.Vp)(inputs.apiOrigin, workspace, run.id) : (0,run_workspace/* workspaceUrl */.fO)(inputs.apiOrigin, workspace),
            at: new Date(clock.now()).toISOString().replace(/\.\d+Z$/, 'Z')
        },
        outcome,
        failure: outcome.failure
    };
}

// EXTERNAL MODULE: ./src/github-errors.ts
var github_errors = __webpack_require__(706);
;// CONCATENATED MODULE: ./src/drift/drift-issue.ts
/**
 * The drift issue of one workspace on GitHub: found again by a hidden marker in its body, opened when drift is
 * found, kept current on later runs (a comment only when the drift changed), closed when the workspace is seen
 * clean. Never fails the step: GitHub's refusal is a warning, the job summary has the report.
 */


const DRIFT_LABEL = 'drift';
const MARKER = '<!-- tfe-run-action:drift';
/** The addresses kept in the marker, at most this many characters of them: base64 makes 20,000, beside a report of 40,000 (GitHub caps a body at 65,536). */
const ADDRESSES_BUDGET = 15_000;
/**
 * The marker: the key, the drift's signature and its addresses (base64url JSON, which cannot end the HTML comment;
 * `complete` false when they were too many to keep).
 */
function markerOf(key, signature, addresses) {
    const kept = [];
    let used = 0;
    for (const address of addresses) {
        used += address.length + 3;
        if (used > ADDRESSES_BUDGET)
            break;
        kept.push(address);
    }
    const payload = Buffer.from(JSON.stringify({ addresses: kept, complete: kept.length === addresses.length })).toString('base64url');
    return `${MARKER} key=${key} drift=${signature} addresses=${payload} -->`;
}
function readMarker(body, key) {
    const match = new RegExp(`^${MARKER} key=${key} drift=(\\w*)(?: addresses=([A-Za-z0-9_-]*))? -->`).exec(body ?? '');
    if (!match)
        return undefined;
    try {
        const kept = JSON.parse(Buffer.from(match[2] ?? '', 'base64url').toString('utf8'));
        const addresses = Array.isArray(kept.addresses) && kept.complete === true ? kept.addresses.filter(a => typeof a === 'string') : undefined;
        return { signature: match[1], addresses };
    }
    catch {
        return { signature: match[1] };
    }
}
/**
 * The `drift` label, created when missing. Another job may create it between the look and the creation: GitHub
 * then answers 422 `already_exists`, which is what this wanted.
 */
async function ensureLabel(octokit, owner, repo) {
    try {
        await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL });
    }
    catch (error) {
        if ((0,github_errors/* githubStatus */.h)(error) !== 404)
            throw error;
        try {
            await octokit.rest.issues.createLabel({
                owner,
                repo,
                name: DRIFT_LABEL,
                color: 'd93f0b',
                description: 'Infrastructure differs from its Terraform state'
            });
        }
        catch (creating) {
            if (!alreadyExists(creating))
                throw creating;
        }
    }
}
function alreadyExists(error) {
    const { status, response } = error;
    return status === 422 && (response?.data?.errors ?? []).some(e => e.code === 'already_exists');
}
/** At most this many addresses a line of the change comment; the rest are counted. */
const CHANGE_LISTED = 5;
/** The comment on a changed drift: what started drifting and what stopped, a few addresses each, then a count. */
function changeComment(seen, before, now) {
    if (!before)
        return `The drift changed at ${seen}: ${now.length} resources drift now; the issue's description lists them.`;
    const started = now.filter(a => !before.includes(a));
    const stopped = before.filter(a => !now.includes(a));
    const list = (addresses) => {
        const shown = addresses.slice(0, CHANGE_LISTED).map(a => (0,markdown/* code */.aY)((0,markdown/* elided */.GO)(a, 200)));
        return `${shown.join(', ')}${addresses.length > CHANGE_LISTED ? `, and ${addresses.length - CHANGE_LISTED} more` : ''}`;
    };
    const lines = [`The drift changed at ${seen}:`];
    if (started.length)
        lines.push(`- Started drifting (${started.length}): ${list(started)}`);
    if (stopped.length)
        lines.push(`- No longer drifting (${stopped.length}): ${list(stopped)}`);
    if (!started.length && !stopped.length)
        lines.push('- The same resources, with other attributes changed.');
    lines.push('', "The issue's description shows what drifts now.");
    return lines.join('\n');
}
/** Our issue for this key, open or closed: the most recent with the marker, among the `drift`-labelled ones. */
async function findIssue(octokit, owner, repo, key) {
    let found;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: DRIFT_LABEL,
        state: 'all',
        per_page: 100
    })) {
        for (const issue of page.data) {
            if (issue.pull_request || !readMarker(issue.body, key))
                continue;
            if (!found || issue.number > found.number)
                found = { number: issue.number, state: issue.state, body: issue.body ?? '', url: issue.html_url };
        }
    }
    return found;
}
/** Brings the workspace's drift issue in line with what was seen; `key` identifies the workspace (and comment-key). */
async function syncDriftIssue(octokit, io, repository, key, finding) {
    const [owner, repo] = repository.split('/');
    const existing = await findIssue(octokit, owner, repo, key);
    const body = `${markerOf(key, finding.signature, finding.addresses)}\n${finding.body}`;
    if (!finding.drifted) {
        if (!existing || existing.state === 'closed')
            return { url: existing?.url, action: 'none' };
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: existing.number,
            body: `No drift any more: ${finding.workspace} was seen clean at ${finding.seen}. Closing.`
        });
        await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        io.info(`Closed the drift issue: ${existing.url}`);
        return { url: existing.url, action: 'closed' };
    }
    if (!existing) {
        await ensureLabel(octokit, owner, repo);
        const created = await octokit.rest.issues.create({ owner, repo, title: `Drift: ${finding.workspace}`, body, labels: [DRIFT_LABEL] });
        io.info(`Opened the drift issue: ${created.data.html_url}`);
        return { url: created.data.html_url, action: 'opened' };
    }
    const previous = readMarker(existing.body, key);
    const reopen = existing.state === 'closed';
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body, ...(reopen ? { state: 'open' } : {}) });
    if (reopen) {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `Drift found again at ${finding.seen}.` });
        io.info(`Reopened the drift issue: ${existing.url}`);
        return { url: existing.url, action: 'reopened' };
    }
    if (previous?.signature !== finding.signature) {
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: existing.number,
            body: changeComment(finding.seen, previous?.addresses, finding.addresses)
        });
        io.info(`Updated the drift issue (the drift changed): ${existing.url}`);
        return { url: existing.url, action: 'changed' };
    }
    io.info(`Updated the drift issue (the same drift): ${existing.url}`);
    return { url: existing.url, action: 'updated' };
}

;// CONCATENATED MODULE: ./src/drift/run-drift.ts
/**
 * `drift-issue: true`, for scheduled workflows: find out whether each workspace drifted, and keep one GitHub issue
 * per workspace in line with it (opened, updated, commented on change, closed when clean). Loaded only then.
 */









/** The refresh-only runs created in this step, for the post step. */
const pending = new Set();
/** Finds the workspace's drift and brings its issue in line; never throws (a failure is in `failure`). */
async function checkDrift(ctx, io, workspace) {
    const { inputs, env } = ctx;
    const label = `${workspace.organization}/${workspace.name}`;
    const notKnown = (failure, result) => ({
        label,
        result,
        report: `### ❌ Drift not known: ${(0,markdown/* escapeProse */.fd)(label)}\n\n${(0,markdown/* escapeProse */.fd)(failure)}`,
        failure
    });
    let result;
    try {
        result = await detectDrift(ctx, workspace, run => {
            // As for any run the step creates: the post step stops it if this process is killed before it ends.
            pending.add(run.id);
            io.saveState(constants/* State */.Uw.ApiUrl, inputs.apiOrigin);
            io.saveState(constants/* State */.Uw.RunIds, JSON.stringify([...pending]));
        });
    }
    catch (error) {
        return notKnown((0,failures/* describeFailure */.Ic)(error, inputs));
    }
    if (result.failure)
        return notKnown(result.failure, result);
    if (result.drifted === undefined) {
        // Not read is not clean: the issue stays as it is, open or closed, and `drifted` is not false.
        io.warning(`Drift of ${label} is not known: ${result.unknown}. Its drift issue, if any, was left as it is.`);
        return { label, result, report: renderDrift(workspace, result, inputs.attributeValues) };
    }
    ctx.log.info(result.drifted ? `${label} has drifted: ${result.drift.length} resources changed outside Terraform` : `${label} has not drifted`);
    const report = renderDrift(workspace, result, inputs.attributeValues);
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!inputs.githubToken || !repository.includes('/')) {
        io.warning('`drift-issue` is on, but there is no `github-token` or GITHUB_REPOSITORY: no issue was opened or updated. The job summary has the report.');
        return { label, result, report };
    }
    try {
        const { octokitFor } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 642));
        const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com');
        const key = (0,comment_marker/* commentKey */.Td)(new URL(inputs.apiOrigin).host, workspace.organization, workspace.name, inputs.commentKey);
        const synced = await syncDriftIssue(octokit, io, repository, key, {
            workspace: label,
            signature: driftSignature(result.drift),
            addresses: result.drift.map(change => change.address),
            drifted: result.drifted,
            body: report,
            seen: `${result.source.at} (${result.source.url})`
        });
        return { label, result, report, issueUrl: synced.url };
    }
    catch (error) {
        io.warning(`Could not update the drift issue of ${label}: ${githubRefusal(error)} The job summary has the report.`);
        return { label, result, report };
    }
}
/** What GitHub's refusal means, in words a user can act on: only a 403 or 404 is about the job's permissions. */
function githubRefusal(error) {
    const { status, message } = error;
    if (status === 403 || status === 404)
        return `GitHub answered ${status}: the job needs \`issues: write\`.`;
    if (status === 422)
        return `GitHub refused it as invalid (422: ${message ?? 'Validation Failed'}).`;
    return status ? `GitHub answered ${status} (${message ?? 'no message'}).` : `${message ?? String(error)}.`;
}
/** The `drifted` output: true, false, or unknown when the plan that would say was not read. */
function driftedOutput(drifted) {
    if (drifted.some(d => d === true))
        return 'true';
    return drifted.some(d => d === undefined) ? 'unknown' : 'false';
}
/** The single-workspace step. */
async function runDrift(ctx, io) {
    const { inputs } = ctx;
    let check;
    try {
        const workspace = await io.group('Resolve workspace', () => (0,run_workspace.resolveWorkspace)({ ...ctx, inputs: { ...inputs, planOnly: true } }));
        check = await io.group('Find drift', () => checkDrift(ctx, io, workspace));
    }
    catch (error) {
        return (0,result/* endedEarly */.S)((0,failures/* describeFailure */.Ic)(error, inputs));
    }
    const outputs = check.result?.outcome ? (0,src_outputs/* outputsOf */.Y)(check.result.outcome, inputs.apiOrigin) : {};
    if (!check.failure)
        outputs[constants/* Outputs */.tY.Drifted] = driftedOutput([check.result?.drifted]);
    if (check.issueUrl)
        outputs[constants/* Outputs */.tY.DriftIssueUrl] = check.issueUrl;
    return {
        outputs,
        summary: () => check.report,
        failure: check.failure && `Could not find out whether ${check.label} drifted: ${check.failure}`,
        cleanup: left([check])
    };
}
/** A run the step could not see end is left to the post step. */
function left(checks) {
    return checks.flatMap(c => c.result?.outcome?.cleanup ?? []);
}
/** Several workspaces: each checked in turn, its log lines under its name; one summary; `runs` says each one's. */
async function runDriftSet(ctx, io, workspaces, log) {
    const checks = [];
    for (const workspace of workspaces)
        checks.push(await checkDrift({ ...ctx, log: log(workspace), selected: workspace }, io, workspace));
    const runs = Object.fromEntries(checks.map(c => [
        c.label,
        c.failure
            ? { failure: c.failure }
            : c.result?.drifted === undefined
                ? { drifted: null, reason: `drift not known: ${c.result?.unknown ?? 'unknown'}` }
                : { drifted: c.result.drifted, ...(c.issueUrl ? { 'drift-issue-url': c.issueUrl } : {}) }
    ]));
    const failed = checks.filter(c => c.failure);
    return {
        outputs: {
            [constants/* Outputs */.tY.Runs]: JSON.stringify(runs),
            [constants/* Outputs */.tY.Drifted]: driftedOutput(checks.map(c => (c.failure ? undefined : c.result?.drifted)))
        },
        summary: () => checks.map(c => c.report).join('\n\n'),
        failure: failed.length
            ? `Could not find out whether ${failed.length} of ${checks.length} workspaces drifted: ${failed.map(c => `${c.label}: ${c.failure}`).join(' ')}`
            : undefined,
        cleanup: left(checks)
    };
}


/***/ }),

/***/ 9928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ endedEarly)
/* harmony export */ });
/** A step that ends before any run: nothing to stop, one line of why. */
function endedEarly(failure, summary) {
    return { outputs: {}, failure, summary, cleanup: [] };
}


/***/ }),

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

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readPlanSummary),
/* harmony export */   n: () => (/* binding */ planSummaryReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4707);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(967);



/**
 * Reads a saved JSON plan file into its summary, streaming: the file is never held whole, nor parsed whole.
 * Throws with a plain message when the file is not a JSON plan.
 */
async function readPlanSummary(path) {
    const reader = planSummaryReader();
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }))
        reader.push(chunk);
    return reader.end();
}
/** The same reader fed chunk by chunk, as bytes arrive (a download read while it is written to disk). */
function planSummaryReader(maxListed) {
    const builder = new _summary_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanSummaryBuilder */ .Db(maxListed);
    const scanner = new _stream_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonPlanScanner */ .q(_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .STREAMED_MEMBERS */ .A$, _summary_js__WEBPACK_IMPORTED_MODULE_2__/* .KEPT_MEMBERS */ .NW, {
        element: (key, value, deferred) => key === 'resource_changes' ? builder.resourceChange(value, deferred) : builder.drift(value, deferred),
        member: (key, value) => builder.member(key, value)
    });
    return {
        push: chunk => scanner.push(chunk),
        end: () => {
            scanner.end();
            return builder.build();
        }
    };
}


/***/ }),

/***/ 7202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ findsKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   U4: () => (/* binding */ isNewer),
/* harmony export */   UC: () => (/* binding */ RUN_ID),
/* harmony export */   bN: () => (/* binding */ indexMarker),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   vY: () => (/* binding */ readIndex),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony export MARKER_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The hidden marker that identifies this action's comment for one (host, organization, workspace, comment-key)
 * and carries the state of the run it last showed. Versioned so a future format can tell old comments apart.
 */
const MARKER_PREFIX = '<!-- tfe-run-action:v1';
function commentKey(host, organization, workspace, extra) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([host, organization, workspace, extra]))
        .digest('hex')
        .slice(0, 20);
}
/** A hidden line's payload: base64url cannot contain `--` or `>`, so nothing in it can end the HTML comment early. */
function encoded(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
/** The payload back, or undefined when it is not base64url JSON. */
function decoded(payload) {
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** A run's ID as HCP Terraform makes them: anything else in a comment is not believed, used or printed. */
const RUN_ID = /^run-[A-Za-z0-9]{1,64}$/;
/**
 * Whether a decoded value has the shape of a run's state (a comment's text is anyone's to write: any workflow with
 * `pull-requests: write` can post one, so the run ID is checked against its shape before it is used or printed).
 */
function isCommentState(value) {
    const state = value;
    return (typeof state?.run === 'string' &&
        RUN_ID.test(state.run) &&
        typeof state.created === 'string' &&
        (state.sha === undefined || (typeof state.sha === 'string' && /^[0-9a-f]{0,64}$/.test(state.sha))) &&
        (state.status === undefined || (typeof state.status === 'string' && /^[a-z_]{0,40}$/.test(state.status))));
}
function marker(key, state) {
    return `${MARKER_PREFIX} key=${key} state=${encoded(state)} -->`;
}
function findsKey(body, key) {
    return body.startsWith(`${MARKER_PREFIX} key=${key} `);
}
function readState(body) {
    const match = /^<!-- tfe-run-action:v1 key=\w+ state=([A-Za-z0-9_-]+) -->/.exec(body);
    const state = match ? decoded(match[1]) : undefined;
    return isCommentState(state) ? state : undefined;
}
/** How far ahead of now a run's creation time may be and still be believed (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * True when the comment already shows a newer run than ours: an older run must not overwrite it. A creation time
 * in the future (later than now and than our own run's) is no run's: it would freeze the comment for every later
 * plan step, so it is not believed.
 */
function isNewer(existing, ours, now) {
    if (existing.run === ours.run)
        return false;
    const theirs = Date.parse(existing.created);
    const latest = Math.max(now, Date.parse(ours.created) || 0) + CLOCK_SKEW_MS;
    return theirs > Date.parse(ours.created) && theirs <= latest;
}
/**
 * Several workspaces' comment also indexes the run it shows for each workspace, by the key that workspace's own
 * comment would have, so `run: reviewed` finds each reviewed run in it. A second hidden line, after the marker.
 */
const INDEX_PREFIX = '<!-- tfe-run-action:v1 runs=';
function indexMarker(index) {
    return `${INDEX_PREFIX}${encoded(index)} -->`;
}
/** The index on the comment's second line (only there: nothing the report renders can stand in for it). */
function readIndex(body) {
    const match = /^<!-- tfe-run-action:v1 runs=([A-Za-z0-9_-]+) -->$/.exec(body.split('\n', 2)[1] ?? '');
    const index = match ? decoded(match[1]) : undefined;
    if (typeof index !== 'object' || index === null)
        return {};
    const entries = Object.entries(index);
    return Object.fromEntries(entries.filter((entry) => isCommentState(entry[1])));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   GO: () => (/* binding */ elided),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fd: () => (/* binding */ escapeProse),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   uZ: () => (/* binding */ underListItem)
/* harmony export */ });
/* unused harmony export codeSpans */
/**
 * Making untrusted text (addresses, output names, log lines from a plan) inert in GitHub-flavoured markdown.
 * Everything from a plan goes into a code span or a fenced block, where markdown, HTML, @mentions and #references
 * are not interpreted; the fence is always longer than any backtick run inside.
 */
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/** An inline code span that nothing inside can close; line breaks and control characters become visible marks. */
function code(text) {
    const flat = text.replace(/\r\n|\r|\n/g, '␤').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    // Never put one in a table: GFM splits cells on a pipe even inside a code span.
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A fenced code block that its content cannot close. */
function codeBlock(text, info = '') {
    const clean = text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
    return `${fence}${info}\n${clean}\n${fence}`;
}
/** A block nested in a list item: indented to the item's content, so GitHub keeps it inside the item. */
function underListItem(item, block) {
    return `${item}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`;
}
/**
 * Plain text outside code: backslash-escapes markdown punctuation and HTML, breaks @mentions and #references with a
 * word joiner so GitHub does not link or notify, and writes `$` (GitHub renders `$…$` as LaTeX) and the workflow
 * command markers `::` as entities, which render as the characters.
 */
function escapeText(text) {
    return inertMarks(text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, c => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/([@#])(?=\w)/g, '$1\u2060'));
}
/**
 * Our own sentences, which may quote input names in backticks: markdown is kept, but HTML is neutralised,
 * @mentions and #references are broken, and brackets are escaped so no link or image can form, since they embed
 * names and texts that came from the API (a run task's message, a policy's name).
 */
function escapeProse(text) {
    const escaped = text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([@#])(?=\w)/g, '$1\u2060');
    // Inside a code span an entity would show as written; math, links and commands are inert there anyway.
    return codeSpans(escaped)
        .map(part => (part.code ? part.text : inertMarks(part.text).replace(/[[\]]/g, c => `\\${c}`)))
        .join('');
}
/**
 * The text cut into code spans and the rest, as CommonMark does: a run of N backticks opens a span that only the
 * next run of exactly N closes; a run with no such closer is literal text.
 */
function codeSpans(text) {
    const out = [];
    const runs = [...text.matchAll(/`+/g)];
    let from = 0;
    for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        if (open.index < from)
            continue;
        const close = runs.slice(i + 1).find(r => r[0].length === open[0].length);
        if (!close)
            continue;
        if (open.index > from)
            out.push({ text: text.slice(from, open.index), code: false });
        out.push({ text: text.slice(open.index, close.index + close[0].length), code: true });
        from = close.index + close[0].length;
        i = runs.indexOf(close);
    }
    if (from < text.length)
        out.push({ text: text.slice(from), code: false });
    return out;
}
/**
 * `$` (LaTeX math on GitHub), `::` and `##[` (workflow commands) as entities, and a word joiner in `http://`,
 * `https://` and `www.` so GitHub makes no bare link of them: the same characters on the page, nothing live.
 */
function inertMarks(text) {
    return text
        .replace(/\$/g, '&#36;')
        .replace(/:(?=:)/g, '&#58;')
        .replace(/#(?=#\[)/g, '&#35;')
        .replace(/\b(https?(?=:)|www(?=\\?\.))/gi, '$1\u2060');
}
/** A link whose label is escaped text and whose target must be an http(s) URL we built ourselves. */
function link(label, url) {
    if (!/^https?:\/\//.test(url))
        return escapeText(label);
    return `[${escapeText(label)}](${url.replace(/[()\s<>]/g, c => encodeURIComponent(c))})`;
}
/** `text` cut in the middle to `max` characters, keeping its start and its end (a file's name, a resource's key). */
function elided(text, max) {
    if (text.length <= max)
        return text;
    const head = Math.floor((max - 1) / 3);
    return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ bindingProblem),
/* harmony export */   Gw: () => (/* binding */ COMMIT_ID),
/* harmony export */   YM: () => (/* binding */ readBinding),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/**
 * The record, in a run's own message, of the pull request and commit the run was planned for. The message is
 * written when the run is created and cannot be changed afterwards, and only holders of an HCP Terraform token
 * can create runs: so `run: reviewed` checks this record, not the GitHub comment (which any job holding
 * `GITHUB_TOKEN` with `pull-requests: write` can post), before it applies a run. The comment only says which run
 * to look at.
 */
/** A commit ID as the record carries it: SHA-1 (40 hex digits) or, in a repository using SHA-256, 64. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The bracketed tag every run this action creates ends its message with; `pr=…` only on a pull request. */
const TAG = /\[tfe-run-action:([0-9a-f]+)(?: pr=([^\s#\]]+\/[^\s#\]]+)#(\d+)@([0-9a-f]{64}|[0-9a-f]{40}))?\]/g;
/** The message's closing tag: the unique marker (to find a run whose create had an unknown outcome) and the record. */
function runTag(marker, binding) {
    const record = binding ? ` pr=${binding.repository}#${binding.pullRequest}@${binding.headSha}` : '';
    return `[tfe-run-action:${marker}${record}]`;
}
/**
 * The record in a run's message: the last tag, which the action appended after any message the workflow gave
 * (so a `message` input that imitates a tag cannot stand in for it). Undefined when the last tag has none.
 */
function readBinding(message) {
    const tags = [...message.matchAll(TAG)];
    const last = tags[tags.length - 1];
    if (!last?.[2])
        return undefined;
    return { repository: last[2], pullRequest: Number(last[3]), headSha: last[4] };
}
/**
 * Why a run must not be applied as the plan reviewed on `expected`'s pull request, from its record; undefined
 * when the record matches: same repository (GitHub's names are case-insensitive), pull request and head commit.
 */
function bindingProblem(runId, binding, expected, 
/** The pull request is still open (the `apply` command): its head now, not a merged head, is expected. */
open = false) {
    const shown = `Run ${runId}, which the plan comment on pull request #${expected.pullRequest} names,`;
    if (!binding)
        return `${shown} records no pull request in its message: it was not planned by this action's pull-request step (\`save-plan: true\`), so it is not the plan reviewed there. Nothing was applied.`;
    if (binding.repository.toLowerCase() !== expected.repository.toLowerCase())
        return `${shown} was planned for repository ${binding.repository}, not ${expected.repository}. Nothing was applied.`;
    if (binding.pullRequest !== expected.pullRequest)
        return `${shown} was planned for pull request #${binding.pullRequest}, not #${expected.pullRequest}: the comment does not match what HCP Terraform recorded. Nothing was applied.`;
    if (binding.headSha !== expected.headSha && open)
        return `The saved plan of pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but its head is now ${expected.headSha.slice(0, 7)}: plan first (the plan command). Nothing was applied.`;
    if (binding.headSha !== expected.headSha)
        return `The plan reviewed on pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but the pull request was merged at ${expected.headSha.slice(0, 7)}: code was pushed after the plan. Nothing was applied. Re-run the plan on the merged code, review it, and apply that run with \`run:\` and its ID.`;
    return undefined;
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ TimedOut),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   to: () => (/* binding */ explained)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5639);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);


/** A failure the user can act on; its message is the whole story (no stack trace needed). */
class StepFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'StepFailure';
    }
}
/** The step's `timeout` ran out while waiting for `phase`; `detail` says why the run never started, when known. */
class TimedOut extends Error {
    phase;
    detail;
    constructor(phase, detail) {
        super(phase);
        this.phase = phase;
        this.detail = detail;
    }
}
/** The job was cancelled (SIGINT/SIGTERM) while waiting for `phase`. */
class Interrupted extends Error {
    phase;
    constructor(phase) {
        super(phase);
        this.phase = phase;
    }
}
/** Runs an API call, turning the 404 and 422 answers users hit most into messages that say what to check. */
async function explained(call, notFound, isWrite = false) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 404) {
            throw new StepFailure(isWrite
                ? `${notFound} HCP Terraform answered 404: the workspace or configuration version is gone, or the token lacks permission to queue runs (organization tokens cannot create runs; use a team or user token).`
                : notFound);
        }
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 422) {
            throw new StepFailure(`${notFound} HCP Terraform rejected the request: ${[error.title, error.detail].filter(Boolean).join(': ') || '422 unprocessable entity'}.`);
        }
        throw error;
    }
}
/** One line a user can act on, for every way the step can fail. */
function describeFailure(error, inputs) {
    const host = new URL(inputs.apiOrigin).host;
    if (error instanceof StepFailure || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return error.message;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD) {
        switch (error.status) {
            case 401:
                return `HCP Terraform at ${host} rejected the token (401 Unauthorized). Check that \`token\` (or TF_API_TOKEN) holds a valid, unexpired user or team API token for ${host}.`;
            case 403:
                return `${error.message}: the token is not allowed to do this. Organization tokens cannot create or act on runs; use a team token with plan/apply permission on the workspace.`;
            case 404:
                return `${error.message}: not found, or the token cannot see it (HCP Terraform answers 404 for both).`;
            case 429:
                return error.message;
            default:
                return `HCP Terraform at ${host}: ${error.message}.`;
        }
    }
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do)
        return `${error.message}. Check the workspace's runs on ${host} before re-running this step.`;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return error.message;
    return `Unexpected error: ${error?.message ?? String(error)}`;
}


/***/ }),

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ policyStatusOf),
/* harmony export */   y: () => (/* binding */ failedPolicies)
/* harmony export */ });
/** Failed policies of a set, with the level they were enforced at. */
function failedPolicies(set) {
    return set.outcomes.filter(o => o.status !== 'passed');
}
/**
 * The run's policy status, worst first: a policy that errored, a mandatory failure nobody may override, one that
 * waits for an override, one that was overridden, advisory failures, all passed; `none` without policies.
 */
function policyStatusOf(checks) {
    if (!checks || (!checks.policySets.length && !checks.sentinel.length))
        return 'none';
    const found = new Set();
    for (const check of checks.sentinel) {
        if (check.status === 'errored')
            found.add('errored');
        else if (check.status === 'hard_failed')
            found.add('hard-failed');
        else if (check.status === 'soft_failed')
            found.add('soft-failed');
        else if (check.status === 'overridden')
            found.add('overridden');
        else if (check.result?.advisoryFailed || check.policies.some(p => !p.passed))
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const set of checks.policySets) {
        const stage = checks.taskStages.find(s => s.id === set.stageId);
        const failed = failedPolicies(set);
        if (set.error || failed.some(o => o.status === 'errored') || set.evaluationStatus === 'errored')
            found.add('errored');
        // After an override the stage goes on (running, then passed) while the evaluation keeps its failures.
        else if (failed.length &&
            (set.evaluationStatus === 'overridden' || (set.overridable && ['running', 'passed'].includes(stage?.status ?? ''))))
            found.add(failed.some(o => o.enforcementLevel === 'mandatory') ? 'overridden' : 'advisory-failed');
        else if (failed.some(o => o.enforcementLevel === 'mandatory'))
            // An overridable set's mandatory failure waits for an override; any other ends the run.
            found.add(set.overridable && stage?.status !== 'failed' ? 'soft-failed' : 'hard-failed');
        else if (failed.length)
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const status of ['errored', 'hard-failed', 'soft-failed', 'overridden', 'advisory-failed', 'passed'])
        if (found.has(status))
            return status;
    return 'none';
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

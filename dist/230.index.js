export const id = 230;
export const ids = [230,593];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   runOneWorkspace: () => (/* binding */ runOneWorkspace)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7399);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7729);
/* harmony import */ var _report_checks_due_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1558);
/* harmony import */ var _report_comment_when_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8236);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4285);
/**
 * One workspace: the lifecycle of its run, with the pull-request comment kept current as it goes, then the
 * outputs, annotations and report of its outcome.
 */






/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024;
let late;
/** The report and annotations: loaded when there is a run to report on, not before the step's first request. */
function reporting() {
    return (late ??= Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(463), __webpack_require__.e(417), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4938)));
}
/**
 * The pull-request comment, when the inputs and the event call for one, or on the merged pull request whose
 * reviewed plan this step applies (`run: reviewed`). Octokit is loaded only then.
 */
function commenter(inputs, io, reviewedPullRequest) {
    let sticky;
    return async (report, final) => {
        const reviewed = reviewedPullRequest();
        if (!reviewed && !(0,_report_comment_when_js__WEBPACK_IMPORTED_MODULE_3__/* .shouldComment */ .N)(inputs.comment, io.env.GITHUB_EVENT_NAME))
            return undefined;
        if (reviewed && inputs.comment === 'false')
            return undefined;
        sticky ??= Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(967), __webpack_require__.e(463), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 642)).then(m => m.StickyComment.create(inputs, io, reviewed));
        return (await sticky)?.post(report, final);
    };
}
async function runOneWorkspace(ctx, io, hooks = {}) {
    const { inputs } = ctx;
    // A check run on the pull request's head for this workspace (comment commands, or `checks: true`).
    const checking = (0,_report_checks_due_js__WEBPACK_IMPORTED_MODULE_4__/* .startChecks */ .u)(ctx, io, false);
    let checkStarted = false;
    let reviewedPullRequest;
    const comment = commenter(inputs, io, () => reviewedPullRequest);
    const report = async (outcome, layout) => {
        const { reportOf, sourceLayout } = await reporting();
        const input = reportOf(outcome, inputs.apiOrigin, ctx.env, inputs, layout ?? sourceLayout(outcome.configuration, outcome.workspace, ctx.env));
        // A comment command's report says who asked, and where the workflow run is.
        return input && ctx.requestedBy ? { ...input, action: `${input.action} Asked: ${ctx.requestedBy}.` } : input;
    };
    const outcome = await (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_1__/* .runLifecycle */ .C)(ctx, {
        onRun: run => {
            reporting().catch(() => undefined);
            // The post step's backstop, written at once: this process may be killed before the flow returns.
            io.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .State */ .Uw.RunId, run.id);
            io.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .State */ .Uw.RunIds, JSON.stringify([run.id]));
            io.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .State */ .Uw.ApiUrl, inputs.apiOrigin);
        },
        onProgress: async (progress) => {
            const input = await report(progress);
            if (input)
                await comment(input, false);
            const checks = await checking;
            if (checks && progress.workspace && !checkStarted) {
                checkStarted = true;
                await checks.start(progress.workspace);
            }
            await hooks.onReport?.(input, progress, false);
        },
        findReviewedPlan: inputs.run === 'reviewed'
            ? async (workspace) => {
                const reviewed = await (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(967), __webpack_require__.e(463), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 642))).findReviewedPlan(inputs, io, workspace, ctx.reviewedPullRequest);
                reviewedPullRequest = reviewed.pr;
                return reviewed;
            }
            : undefined
    });
    const outputs = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .outputsOf */ .Y)(outcome, inputs.apiOrigin);
    // Where the planned code is in the checkout: the same for the annotations and the report's file names.
    const layout = outcome.run ? (await reporting()).sourceLayout(outcome.configuration, outcome.workspace, ctx.env) : undefined;
    const annotations = inputs.annotations && layout ? (await reporting()).annotationsOf((await reporting()).diagnosticsOf(outcome), layout) : [];
    const final = layout ? await report(outcome, layout) : undefined;
    const checks = await checking;
    if (checks && outcome.workspace)
        await checks.finish(outcome.workspace, outcome);
    await hooks.onReport?.(final, outcome, true);
    if (final) {
        const url = await comment(final, true);
        if (url)
            outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CommentUrl] = url;
        const { renderWithinLimit } = await reporting();
        return {
            outputs,
            annotations,
            summary: () => renderWithinLimit(final, SUMMARY_LIMIT).markdown,
            failure: outcome.failure,
            cleanup: outcome.cleanup,
            outcome
        };
    }
    // No run to report on (a bad token, an unknown workspace): the summary still says what went wrong.
    const failure = outcome.failure;
    const summary = failure
        ? () => inputs.run
            ? `### ❌ HCP Terraform run ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeProse */ .fd)(inputs.run)} not acted on${inputs.workspace ? `: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeProse */ .fd)(inputs.workspace)}` : ''}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeProse */ .fd)(failure)}`
            : `### ❌ HCP Terraform run not created: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeProse */ .fd)(inputs.workspace)}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeProse */ .fd)(failure)}`
        : undefined;
    return { outputs, annotations, summary, failure, cleanup: outcome.cleanup, outcome };
}


/***/ }),

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ startChecks)
/* harmony export */ });
/* unused harmony export checksDue */
/**
 * Whether this step writes a check run per workspace: always (`true`), never (`false`), or, with `auto`, on a pull
 * request when a comment command started the step or it runs a set. A one-workspace step on `pull_request` already
 * has its job's check on the head commit, so `auto` adds none there (and asks for no `checks: write`). Only with a
 * GitHub token. Pure and cheap: the check code loads only when due.
 */
function checksDue(inputs, env, scope) {
    if (inputs.commands.checks === 'false' || !inputs.githubToken)
        return false;
    if (inputs.commands.checks === 'true')
        return true;
    return (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') && (scope.commanded || scope.set);
}
/**
 * The flow's check runs, when due: their code (Octokit among it) loaded beside the flow's first requests, never
 * before them. A failure to set them up is no checks, never the step's failure.
 */
function startChecks(ctx, io, set) {
    const { inputs } = ctx;
    if (!checksDue(inputs, ctx.env, { commanded: ctx.requestedBy !== undefined, set }))
        return undefined;
    return Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(463), __webpack_require__.e(417), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 3183)).then(m => m.workspaceChecks(inputs, io, inputs.apply ? 'apply' : 'plan')).catch(() => undefined);
}


/***/ }),

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ shouldComment)
/* harmony export */ });
/**
 * Whether the step comments on the pull request. Apart from the comment itself (loaded only when there is one to
 * write), so a step that does not comment never loads what commenting needs.
 */
/** `comment: auto` posts on pull-request events only. */
function shouldComment(mode, eventName) {
    if (mode === 'false')
        return false;
    if (mode === 'true')
        return true;
    return eventName === 'pull_request' || eventName === 'pull_request_target';
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


/***/ })

};

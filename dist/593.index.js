export const id = 593;
export const ids = [593];
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


/***/ })

};

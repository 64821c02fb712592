export const id = 951;
export const ids = [951,120];
export const modules = {

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runLifecycle)
});

// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var tfc_runs = __webpack_require__(1301);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/run/adopt-run.ts



/**
 * `run: run-…`: the run to act on, and its workspace. When `workspace` is also given it must be the run's: a run
 * ID pasted into the wrong workflow must not be applied in another workspace's name.
 */
async function adoptRunById(ctx, runId) {
    const host = new URL(ctx.inputs.apiOrigin).host;
    const run = await (0,failures/* explained */.to)(() => (0,tfc_runs/* readRun */.cI)(ctx.http, runId), `Run ${runId} was not found on ${host}, or the token cannot read it. Check \`run\`.`);
    if (!run.workspaceId)
        throw new failures/* StepFailure */.pH(`Run ${runId} names no workspace; HCP Terraform answered an incomplete run.`);
    const workspace = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, run.workspaceId, 'run');
    if (ctx.inputs.workspace) {
        const given = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, ctx.inputs.workspace, 'workspace');
        if (given.id !== workspace.id) {
            throw new failures/* StepFailure */.pH(`Input \`workspace\`: run ${runId} belongs to workspace ${workspace.organization}/${workspace.name}, not ${given.organization}/${given.name}. Nothing was done; check \`run\` and \`workspace\`.`);
        }
    }
    ctx.log.info(`Adopting run ${run.id} (${run.status}${run.savePlan ? ', a saved plan' : ''}); this step creates no run`);
    return { run, workspace: (0,run_workspace/* checkWorkspace */.MD)(ctx, workspace) };
}
/**
 * Why a reviewed saved plan cannot be applied, from its status (the Terraform CLI's own list); `nothing` when
 * there is nothing to apply and that is fine. Undefined when it can go on to be applied.
 */
function reviewedRunProblem(run, prNumber) {
    const which = `The plan reviewed on pull request #${prNumber} (run ${run.id})`;
    const replan = "Re-run the pull request's plan to review the current code, then apply that run with `run:` and its ID.";
    switch (run.status) {
        case 'planned_and_finished':
            return { nothing: `${which} has no changes: nothing to apply.` };
        case 'discarded':
            return {
                fail: `${which} was discarded: either another run was applied first, or someone discarded it. Nothing was applied. ${replan}`
            };
        case 'applied':
            // Applied before the merge (the `apply` command), or by this job before a re-run: what was reviewed is in
            // place, and applying nothing twice is success.
            return { nothing: `${which} is already applied: nothing to apply again.` };
        case 'confirmed':
        case 'apply_queued':
        case 'queuing_apply':
        case 'applying':
            return { fail: `${which} is already confirmed and applying; follow it on the run page. Nothing was applied again.` };
        case 'errored':
            return { fail: `${which} errored. Nothing was applied. ${replan}` };
        case 'canceled':
        case 'force_canceled':
            return { fail: `${which} was canceled. Nothing was applied. ${replan}` };
        case 'policy_override':
        case 'tf_policy_override':
            return {
                fail: `${which} needs a policy override before it can be applied: someone with "manage policy overrides" permission must override it on the run page, then re-run this job.`
            };
    }
    if (!run.actions.isConfirmable) {
        return {
            fail: `${which} cannot be applied now (${run.status}): its plan and checks have not completed, or it waits for a decision on the run page.`
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/run/binding.ts
var binding = __webpack_require__(228);
// EXTERNAL MODULE: ./src/tfc/configuration-versions.ts
var configuration_versions = __webpack_require__(1107);
;// CONCATENATED MODULE: ./src/run/configuration/explicit.ts


/** Reads a configuration version and checks it can back this run; failures name `input`. */
async function checkedConfigurationVersion(ctx, id, input) {
    const cv = await (0,failures/* explained */.to)(() => (0,configuration_versions/* readConfigurationVersion */.jG)(ctx.http, id), `Configuration version ${id} was not found, or the token cannot read it. Check \`${input}\`.`);
    const problem = (0,configuration_versions/* configurationVersionProblem */.qP)(cv, ctx.inputs.planOnly);
    if (problem)
        throw new failures/* StepFailure */.pH(`Input \`${input}\`: ${problem}.`);
    ctx.log.info(`Configuration version ${cv.id} (${cv.status}${cv.source ? `, from ${cv.source}` : ''})`);
    return cv;
}
/** `configuration-version`: a cv-… ID, possibly of another workspace. */
async function explicitConfiguration(ctx, id) {
    const cv = await checkedConfigurationVersion(ctx, id, 'configuration-version');
    return { id: cv.id, source: `given as \`configuration-version\`${cv.source ? `, uploaded by ${cv.source}` : ''}` };
}

;// CONCATENATED MODULE: ./src/run/configuration/latest.ts
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * No configuration named: HCP Terraform runs the workspace's latest configuration version. On a pull request that
 * is rarely what a reviewer thinks they are looking at, so the log and the report say so.
 */
function latestConfiguration(ctx) {
    ctx.log.info("Configuration version: the workspace's latest");
    if (!PULL_REQUEST_EVENTS.has(ctx.env.GITHUB_EVENT_NAME ?? ''))
        return { source: "the workspace's latest" };
    const warning = "This plan is of the workspace's latest configuration version, not of this pull request's code: set `directory` to upload the pull request's configuration.";
    ctx.log.warning(warning);
    return { source: "the workspace's latest", warning };
}

;// CONCATENATED MODULE: ./src/run/configuration/promote.ts




/** `promote-from`: the configuration version of the source workspace's last applied run (tfc-api.md §3.4). */
async function promotedConfiguration(ctx, from) {
    const source = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, from, 'promote-from');
    let applied;
    if (source.currentRunId) {
        const current = await (0,tfc_runs/* readRun */.cI)(ctx.http, source.currentRunId);
        if (current.status === 'applied')
            applied = current;
    }
    if (!applied) {
        // The current run may be newer and not applied yet: look back for the newest applied one. The list endpoint
        // is rate limited to 30/min, so this is a single look-up; the status is checked here, not only by the filter.
        const runs = await (0,tfc_runs/* listRuns */.v)(ctx.http, source.id, { 'filter[status]': 'applied' }, 20);
        applied = runs.find(r => r.status === 'applied');
    }
    if (!applied?.configurationVersionId) {
        throw new failures/* StepFailure */.pH(`Input \`promote-from\`: workspace ${source.organization}/${source.name} has no applied run to promote; apply a run there first, or pass \`configuration-version\` instead.`);
    }
    ctx.log.info(`Promoting configuration version ${applied.configurationVersionId} of ${source.name}'s applied run ${applied.id}`);
    const cv = await checkedConfigurationVersion(ctx, applied.configurationVersionId, 'promote-from');
    return { id: cv.id, source: `promoted from ${from}'s applied run ${applied.id}` };
}

;// CONCATENATED MODULE: ./src/run/configuration/index.ts



/** The one seam for where a run's configuration comes from; the inputs allow at most one source. */
function getConfiguration(ctx, workspace) {
    const { inputs } = ctx;
    // The packer (tar, gzip, the ignore rules) loads only for an upload: every other run starts without it.
    if (inputs.directory)
        return Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(7), __webpack_require__.e(263)]).then(__webpack_require__.bind(__webpack_require__, 5007)).then(m => m.uploadedConfiguration(ctx, workspace, inputs.directory));
    if (inputs.promoteFrom)
        return promotedConfiguration(ctx, inputs.promoteFrom);
    if (inputs.configurationVersion)
        return explicitConfiguration(ctx, inputs.configurationVersion);
    return latestConfiguration(ctx);
}

// EXTERNAL MODULE: ./src/run/create-run.ts
var create_run = __webpack_require__(673);
;// CONCATENATED MODULE: ./src/run/get-run.ts






/**
 * The one seam for which run the step acts on: with `run` an existing one (by ID, or the plan reviewed on the
 * merged pull request); otherwise the workspace, and the configuration from its one source, for a new run.
 */
async function resolveStart(ctx, findReviewedPlan) {
    const { inputs } = ctx;
    if (inputs.run && inputs.run !== 'reviewed') {
        const { run, workspace } = await adoptRunById(ctx, inputs.run);
        return { workspace, configuration: adoptedConfiguration(run), adopted: { run } };
    }
    const workspace = await (0,run_workspace.resolveWorkspace)(ctx);
    if (inputs.run !== 'reviewed')
        return { workspace, configuration: await getConfiguration(ctx, workspace) };
    if (!findReviewedPlan)
        throw new failures/* StepFailure */.pH('Input `run: reviewed` needs the GitHub API to find the reviewed plan, and it is not available here.');
    const found = await findReviewedPlan(workspace);
    const { run } = await adoptRunById(ctx, found.runId);
    if (run.workspaceId !== workspace.id)
        throw new failures/* StepFailure */.pH(`The reviewed run ${run.id} is not on workspace ${workspace.organization}/${workspace.name}. Nothing was applied.`);
    // HCP Terraform decides, not the comment: the run must have been planned for this repository, this pull request
    // and the head commit it was merged with.
    const mismatch = (0,binding/* bindingProblem */.BC)(run.id, (0,binding/* readBinding */.YM)(run.message), {
        repository: found.pr.repo,
        pullRequest: found.pr.number,
        headSha: found.pr.headSha
    }, ctx.reviewedPullRequest !== undefined);
    if (mismatch)
        throw new failures/* StepFailure */.pH(mismatch);
    if (!run.savePlan) {
        throw new failures/* StepFailure */.pH(`Run ${run.id}, shown on pull request #${found.pr.number}, is not a saved plan: the pull request's plan step needs \`save-plan: true\` for its plan to be applied after the merge. Nothing was applied.`);
    }
    const reviewed = { ...found, plannedSha: found.pr.headSha };
    const problem = reviewedRunProblem(run, reviewed.pr.number);
    if (problem && 'fail' in problem)
        throw new failures/* StepFailure */.pH(`${problem.fail} See ${(0,run_workspace/* runUrl */.Vp)(inputs.apiOrigin, workspace, run.id)}`);
    return { workspace, configuration: adoptedConfiguration(run), adopted: { run, reviewed, nothingToApply: problem?.nothing } };
}
/** Creates the step's own run on the chosen configuration. */
async function createRun(ctx, workspace, configuration) {
    const run = await (0,create_run/* createStepRun */.Kc)(ctx, workspace, configuration);
    ctx.log.info(`Created run ${run.id}: ${(0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id)}`);
    return run;
}
/** A server that ignores `save-plan` (older Terraform Enterprise) made an ordinary run: that is a failure, said plainly. */
function checkSavedPlan(ctx, run) {
    if (ctx.inputs.savePlan && !run.savePlan) {
        throw new failures/* StepFailure */.pH(`HCP Terraform created run ${run.id} as an ordinary run: it ignored \`save-plan\` (Terraform Enterprise releases before saved plans do). Upgrade, or plan without \`save-plan\`.`);
    }
}
function adoptedConfiguration(run) {
    return { id: run.configurationVersionId, source: `the code of run ${run.id}` };
}

;// CONCATENATED MODULE: ./src/lifecycle.ts



let afterStart;
/** The stages after the start, loaded once: first asked for as soon as the start is done, while requests are in flight. */
function stagesAfterStart() {
    return (afterStart ??= Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(417), __webpack_require__.e(159), __webpack_require__.e(170)]).then(__webpack_require__.bind(__webpack_require__, 3422)));
}
/**
 * The run lifecycle: resolve the workspace, get the configuration, get the run, wait until planned, read the plan,
 * decide, act, wait for the apply. Each stage takes values and returns values. Every exit leaves no run of ours
 * pending unless the inputs asked for that (`discard: false`), and never touches a run that is applying.
 */
async function runLifecycle(ctx, hooks = {}) {
    const { log, inputs } = ctx;
    let workspace;
    let configuration;
    let run;
    let plan = {};
    let checks;
    let overrides = [];
    // A run this step did not create is never stopped by it: only acted on as the inputs say (`run`).
    let owned = false;
    const known = () => ({ workspace, configuration, run, plan, checks, overrides });
    try {
        const start = await log.group('Resolve workspace and configuration version', () => resolveStart(ctx, hooks.findReviewedPlan));
        // Loads while the run is created; a failure to load surfaces where the stages are first used.
        stagesAfterStart().catch(() => undefined);
        workspace = start.workspace;
        configuration = start.configuration;
        const target = workspace;
        if (start.adopted) {
            run = start.adopted.run;
            if (start.adopted.nothingToApply) {
                log.info(start.adopted.nothingToApply);
                // Applied already (before the merge, or by this job before a re-run) reads as applied; else nothing to apply.
                const kind = run.status === 'applied' ? 'applied' : 'no-changes';
                return { ...known(), kind, action: start.adopted.nothingToApply, applied: false, discarded: false, cleanup: [] };
            }
        }
        else {
            const chosen = start.configuration;
            run = await log.group('Create run', () => createRun(ctx, target, chosen));
            owned = true;
            hooks.onRun?.(run);
            checkSavedPlan(ctx, run);
            await hooks.onProgress?.(progress(known(), 'planning', 'Planning; this comment is updated when the plan is ready.'));
        }
        const reviewed = start.adopted?.reviewed;
        const { applyRun, countsOf, decideAfterPlan, destroysOf, discardRun, explainedDecision, isPlanSettled, needsBackstop, outcomeOf, PhaseLog, readPlanDetails, readStateOutputs, settleChecks, waitForApply, waitForRun } = await stagesAfterStart();
        const created = run;
        const planLog = new PhaseLog(ctx, 'plan');
        const waited = await log.group('Wait for the plan', () => waitForRun(ctx, created.id, isPlanSettled, 'plan', target, planLog));
        run = waited;
        const checked = await settleChecks(ctx, waited, planLog, target);
        ({ checks, overrides } = checked);
        let settled = (run = checked.run);
        plan = await log.group('Read the plan', () => readPlanDetails(ctx, settled, planLog));
        let decision = explainedDecision(decideAfterPlan(settled, destroysOf(plan), inputs), checks, inputs);
        log.info(decision.reason);
        const held = decision.kind === 'apply' && hooks.beforeApply ? await hooks.beforeApply() : undefined;
        if (held) {
            // A saved plan holds no queue and can still be applied once the upstream has: it is kept, not discarded.
            decision = settled.savePlan ? { kind: 'leave', code: 'saved', reason: held } : { kind: 'discard', code: 'not-applied', reason: held };
            log.info(decision.reason);
        }
        if (decision.kind === 'apply') {
            const planned = settled;
            const confirmed = await log.group('Apply', () => applyRun(ctx, planned, destroysOf(plan)));
            run = settled = confirmed.run;
            decision = confirmed.decision;
            if (decision.kind === 'apply') {
                await hooks.onProgress?.(progress(known(), 'applying', reviewed ? appliedReviewed(ctx, reviewed, 'Applying') : 'Applying.'));
                const applied = await waitForApply(ctx, settled);
                run = applied.run;
                const action = reviewed && applied.applied ? appliedReviewed(ctx, reviewed, 'Applied') : applied.action;
                // The state is what the apply made it: its outputs are for the steps after this one.
                const stateOutputs = applied.kind === 'applied' && inputs.outputs
                    ? await log.group('Read the outputs', () => readStateOutputs(ctx, target, applied.apply))
                    : undefined;
                return { ...known(), ...applied, action, stateOutputs, discarded: false, cleanup: [] };
            }
        }
        if (decision.kind === 'discard') {
            const toDiscard = settled;
            const reason = decision.reason;
            run = settled = await log.group('Discard', () => discardRun(ctx, toDiscard, reason));
        }
        const kind = outcomeOf(decision, settled, countsOf(plan));
        // No changes on a run that could have applied: the state is current, and so are its outputs.
        const stateOutputs = kind === 'no-changes' && !settled.planOnly && inputs.outputs
            ? await log.group('Read the outputs', () => readStateOutputs(ctx, target))
            : undefined;
        return {
            ...known(),
            stateOutputs,
            kind,
            action: decision.reason,
            failure: decision.fail,
            applied: settled.status === 'applied',
            discarded: settled.status === 'discarded' && decision.kind === 'discard',
            cleanup: owned && needsBackstop(settled, decision.kind === 'leave') ? [settled.id] : []
        };
    }
    catch (error) {
        // Stopping is loaded when needed: most steps never stop a run, and none before their first request.
        const { needsBackstop, stopAfterFailure, stopForReason, stopReasonOf } = await Promise.all(/* import() */[__webpack_require__.e(159), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 8159));
        const reason = stopReasonOf(error);
        if (reason) {
            const stopped = await stopForReason(ctx, reason, workspace, run, owned);
            const last = stopped.run ?? run;
            return {
                ...known(),
                run: last,
                kind: last ? (reason.kind === 'timeout' ? 'timed-out' : 'canceled') : undefined,
                action: stopped.action,
                failure: stopped.failure,
                applied: last?.status === 'applied',
                discarded: last?.status === 'discarded',
                cleanup: owned && needsBackstop(last, false) ? [last.id] : []
            };
        }
        log.debug(String(error?.stack ?? error));
        const failure = (0,failures/* describeFailure */.Ic)(error, inputs);
        if (!run || !workspace)
            return { ...known(), action: 'The step failed.', failure, applied: false, discarded: false, cleanup: [] };
        if (!owned)
            return {
                ...known(),
                kind: 'failed',
                action: 'The step failed; the run it adopted was left as it is.',
                failure,
                applied: false,
                discarded: false,
                cleanup: []
            };
        const stopped = await stopAfterFailure(ctx, workspace, run);
        const last = stopped.run ?? run;
        return {
            ...known(),
            run: last,
            kind: 'failed',
            action: stopped.action ?? 'The step failed.',
            failure: stopped.action ? `${failure} ${stopped.action}` : failure,
            applied: last.status === 'applied',
            discarded: last.status === 'discarded',
            cleanup: stopped.stopFailed || needsBackstop(stopped.run, !stopped.action) ? [run.id] : []
        };
    }
}
/** The report's sentence for the reviewed plan: which pull request, when, and by which workflow run. */
function appliedReviewed(ctx, reviewed, verb) {
    const workflowRun = (0,github_event/* workflowRunOf */.ol)(ctx.env);
    const when = new Date(ctx.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    return `${verb} the plan reviewed on pull request #${reviewed.pr.number} (${reviewed.plannedSha.slice(0, 7)}), exactly as planned: ${when}, by ${workflowRun}.`;
}
function progress(known, kind, action) {
    return { ...known, kind, action, applied: false, discarded: false, cleanup: [] };
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ outputsOf)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _run_policy_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(434);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6120);



/** The step's outputs for an outcome: the one place output names meet values. Nothing is set without a run. */
function outputsOf(outcome, apiOrigin) {
    const { run, workspace, plan } = outcome;
    if (!run || !workspace)
        return {};
    const outputs = {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunId]: run.id,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunUrl]: (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)(apiOrigin, workspace, run.id),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ConfigurationVersionId]: run.configurationVersionId ?? outcome.configuration?.id ?? ''
    };
    if (plan.plan) {
        const p = plan.plan;
        Object.assign(outputs, {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanId]: p.id,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanStatus]: p.status,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.HasChanges]: String(p.hasChanges),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceAdditions]: String(p.resourceAdditions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceChanges]: String(p.resourceChanges ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceDestructions]: String(p.resourceDestructions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceImports]: String(p.resourceImports ?? 0)
        });
    }
    if (plan.jsonFile)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanJson] = plan.jsonFile;
    if (plan.cost?.status === 'finished' && plan.cost.proposedMonthlyCost !== undefined) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CostProposedMonthly] = plan.cost.proposedMonthlyCost;
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CostDeltaMonthly] = plan.cost.deltaMonthlyCost ?? '0';
    }
    if (plan.jsonFormat)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanJsonFormat] = plan.jsonFormat;
    if (outcome.apply) {
        Object.assign(outputs, {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyAdditions]: String(outcome.apply.resourceAdditions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyChanges]: String(outcome.apply.resourceChanges ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyDestructions]: String(outcome.apply.resourceDestructions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyImports]: String(outcome.apply.resourceImports ?? 0)
        });
    }
    if (outcome.stateOutputs) {
        // name -> value as Terraform gives it; a sensitive one only when read (`sensitive-outputs`), masked already.
        const values = {};
        for (const output of outcome.stateOutputs.outputs)
            if (output.value !== undefined)
                values[output.name] = output.value;
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.TerraformOutputs] = JSON.stringify(values);
    }
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PolicyStatus] = (0,_run_policy_status_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStatusOf */ .g)(outcome.checks);
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunStatus] = run.status;
    // Both flags are always set, so `if: steps.x.outputs.applied == 'false'` never meets an empty string.
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Applied] = String(outcome.applied);
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Discarded] = String(outcome.discarded);
    return outputs;
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ createStepRun),
/* harmony export */   RU: () => (/* binding */ workflowRef)
/* harmony export */ });
/* unused harmony export defaultMessage */
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2981);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);
/* harmony import */ var _tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1301);
/* harmony import */ var _binding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(228);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(670);





/** Look-ups for a run whose create had an unknown outcome, before creating it again. */
const LOOKUP_DELAYS_MS = [500, 1000, 2000];
const CREATE_ATTEMPTS = 3;
/** Creates the run this step acts on: run-level auto-apply off, so this step, not the workspace, decides. */
async function createStepRun(ctx, workspace, configuration) {
    const { inputs } = ctx;
    // Loaded here, not at start-up: the first request of the step does not wait for it.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const nonce = randomBytes(6).toString('hex');
    // The pull request and commit this run plans, where only holders of an HCP Terraform token can write it: what
    // `run: reviewed` checks before it applies the run (./binding.ts).
    const pr = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(ctx.env);
    const recordable = pr !== undefined && _binding_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMIT_ID */ .Gw.test(pr.headSha);
    // A saved plan is applied later only when its record reads back: one that could not would never be applied.
    if (pr && !recordable && inputs.savePlan)
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .StepFailure */ .pH(`The pull request's head commit (${JSON.stringify(pr.headSha.slice(0, 80))}) is not a commit ID this action can record (40 or 64 hexadecimal digits), so a saved plan could never be applied as reviewed. No run was created.`);
    const tag = (0,_binding_js__WEBPACK_IMPORTED_MODULE_3__/* .runTag */ .eZ)(nonce, recordable ? { repository: pr.repo, pullRequest: pr.number, headSha: pr.headSha } : undefined);
    const marker = `tfe-run-action:${nonce}`;
    const options = {
        workspaceId: workspace.id,
        configurationVersionId: configuration.id,
        message: `${inputs.message || defaultMessage(ctx.env)} ${tag}`,
        isDestroy: inputs.isDestroy,
        planOnly: inputs.planOnly,
        savePlan: inputs.savePlan,
        refresh: inputs.refresh,
        refreshOnly: inputs.refreshOnly,
        targetAddrs: inputs.targetAddrs,
        replaceAddrs: inputs.replaceAddrs,
        variables: inputs.variables
    };
    return createOnce(ctx, workspace, options, marker);
}
/**
 * POST /runs is not idempotent. When its outcome is unknown (the connection dropped after sending), the run is
 * looked for by the unique marker in its message before trying again, so a retry never makes a second run.
 */
async function createOnce(ctx, workspace, options, marker) {
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .explained */ .to)(() => (0,_tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .createRun */ .ut)(ctx.http, options), `Could not create a run on workspace ${workspace.name}.`, true);
        }
        catch (error) {
            if (!(error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do) || attempt >= CREATE_ATTEMPTS)
                throw error;
            ctx.log.warning(`${error.message}; looking for the run before trying again`);
            for (const delay of LOOKUP_DELAYS_MS) {
                await ctx.clock.sleep(delay, ctx.signal);
                const runs = await (0,_tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .listRuns */ .v)(ctx.http, options.workspaceId, {}, 20);
                const found = runs.find(run => run.message.includes(marker));
                if (found) {
                    ctx.log.info(`The run was created after all: ${found.id}`);
                    return found;
                }
            }
        }
    }
}
/** The default run message: enough to find the workflow run from the HCP Terraform UI. */
function defaultMessage(env) {
    const sha = env.GITHUB_SHA ? `@${env.GITHUB_SHA.slice(0, 7)}` : '';
    return `GitHub Actions: ${env.GITHUB_REPOSITORY ?? 'unknown repository'}${sha}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`;
}
/** Names the workflow run in run comments (apply, discard, cancel). */
function workflowRef(env) {
    const repo = env.GITHUB_REPOSITORY ?? 'unknown repository';
    return `${repo}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`;
}


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ lookupWorkspace),
/* harmony export */   MD: () => (/* binding */ checkWorkspace),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   fO: () => (/* binding */ workspaceUrl),
/* harmony export */   resolveWorkspace: () => (/* binding */ resolveWorkspace)
/* harmony export */ });
/* unused harmony export missingPermission */
/* harmony import */ var _tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5773);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);


/** Reads a workspace named by an input (a name with `organization`, or a ws-… ID), with a message naming that input. */
function lookupWorkspace(ctx, ref, input) {
    const { inputs } = ctx;
    const byId = ref.startsWith('ws-');
    const name = byId ? ref : `${inputs.organization}/${ref}`;
    // The step's own workspace may already be on its way (main.ts reads it while the lifecycle loads).
    const early = ref === inputs.workspace ? ctx.workspaceRead : undefined;
    return (0,_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .explained */ .to)(() => early ?? (0,_tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspace */ .iF)(ctx.http, ref, inputs.organization), `Workspace ${name} was not found on ${new URL(inputs.apiOrigin).host}, or the token cannot read it. Check \`${input}\`${byId ? '' : ' and `organization`'}, and that the token's team has access to the workspace.`);
}
/** The workspace the run goes on, checked for what would make a run impossible. */
async function resolveWorkspace(ctx) {
    // Read moments ago with the others of a selection: not read again.
    const known = ctx.selected?.id === ctx.inputs.workspace ? ctx.selected : undefined;
    return checkWorkspace(ctx, known ?? (await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace')));
}
/** Fails before anything is created or done when the workspace cannot run this step's run. */
function checkWorkspace(ctx, workspace) {
    const label = `${workspace.organization}/${workspace.name}`;
    ctx.log.info(`Workspace ${label} (${workspace.id}), auto-apply ${workspace.autoApply ? 'on' : 'off'} (ignored: this step decides)`);
    if (workspace.executionMode === 'local') {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Workspace ${label} uses local execution mode, where HCP Terraform only stores state and cannot run plans; switch it to remote or agent execution.`);
    }
    // Plan-only and saved-plan runs do not take the workspace's queue, so a lock does not hold them up.
    if (workspace.locked && !ctx.inputs.planOnly && !ctx.inputs.savePlan && !ctx.inputs.run)
        ctx.log.warning(`Workspace ${workspace.name} is locked: the run will wait in the queue until it is unlocked (or until \`timeout\`).`);
    const missing = missingPermission(workspace, ctx.inputs);
    if (missing) {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`The token may not ${missing.what} on workspace ${label} (its \`${missing.key}\` permission is false): ${missing.fix} Nothing was ${ctx.inputs.run ? 'done' : 'created'}.`);
    }
    return workspace;
}
/**
 * The first permission this step needs and the token lacks, checked before a run exists: a run the token could
 * not apply (or destroy with) would only hold the workspace's queue. A permission the server does not report is
 * not held against the token.
 */
function missingPermission(workspace, inputs) {
    const p = workspace.permissions;
    if (p.queueRun === false)
        return {
            key: 'can-queue-run',
            what: 'queue runs',
            fix: 'give the token\'s team at least "plan" access to the workspace; organization tokens cannot create runs, so use a team or user token.'
        };
    if (inputs.apply && p.queueApply === false) {
        return {
            key: 'can-queue-apply',
            what: 'apply runs',
            fix: 'give the token\'s team "write" access to the workspace, or set `apply: false`.'
        };
    }
    // Discarding and canceling need "apply runs" too. A run of the workspace's queue that the step could neither
    // discard nor cancel (after `apply: false`, a failure or the timeout) would hold the queue until a person acts;
    // plan-only and saved-plan runs never hold it.
    if (p.queueApply === false && stopsRuns(inputs)) {
        return {
            key: 'can-queue-apply',
            what: 'apply, discard or cancel runs',
            fix: inputs.run
                ? 'this step would discard the run (`apply: false`, `discard: true`); set `discard: false` to leave it, or give the token\'s team "write" access.'
                : 'this step may have to discard or cancel the run it creates, which would otherwise hold the workspace\'s queue. With a token that may only plan, use `plan-only: true` or `save-plan: true`; otherwise give the token\'s team "write" access to the workspace.'
        };
    }
    if (inputs.isDestroy && p.queueDestroy === false) {
        return {
            key: 'can-queue-destroy',
            what: 'queue destroy runs',
            fix: 'give the token\'s team "admin" access (or the "queue destroy" permission), or set `is-destroy: false`.'
        };
    }
    return undefined;
}
/** Whether the step may have to discard or cancel a run that holds the workspace's queue. */
function stopsRuns(inputs) {
    if (inputs.run)
        return inputs.discard;
    return !inputs.planOnly && !inputs.savePlan;
}
/** The workspace's page in the HCP Terraform UI. */
function workspaceUrl(apiOrigin, workspace) {
    return `${apiOrigin}/app/${encodeURIComponent(workspace.organization)}/workspaces/${encodeURIComponent(workspace.name)}`;
}
function runUrl(apiOrigin, workspace, runId) {
    return `${workspaceUrl(apiOrigin, workspace)}/runs/${runId}`;
}


/***/ }),

/***/ 1107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jG: () => (/* binding */ readConfigurationVersion),
/* harmony export */   qP: () => (/* binding */ configurationVersionProblem),
/* harmony export */   tL: () => (/* binding */ createConfigurationVersion)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(129);

async function readConfigurationVersion(http, id) {
    const path = `configuration-versions/${encodeURIComponent(id)}`;
    const resource = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    return toConfigurationVersion(resource);
}
function toConfigurationVersion(resource) {
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        source: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'source'),
        speculative: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'speculative'),
        errorMessage: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'error-message') || (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'error') || undefined
    };
}
/**
 * A new configuration version to upload into (tfc-api-addendum.md §1.1). `auto-queue-runs` is always false: its
 * default, true, would make the upload queue a run of its own. The `upload-url` is only in this answer.
 */
async function createConfigurationVersion(http, workspaceId, options) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}/configuration-versions`;
    const body = {
        data: {
            type: 'configuration-versions',
            attributes: { 'auto-queue-runs': false, speculative: options.speculative, provisional: options.provisional }
        }
    };
    const resource = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('POST', path, { body })).body, `POST /api/v2/${path}`));
    const uploadUrl = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'upload-url');
    if (!uploadUrl)
        throw new Error(`POST /api/v2/${path} answered without an upload-url`);
    return { ...toConfigurationVersion(resource), uploadUrl };
}
const VCS_SOURCES = new Set(['github', 'gitlab', 'bitbucket', 'ado']);
/** Why a configuration version cannot back a new run, or undefined when it can (tfc-api.md §3.2). */
function configurationVersionProblem(cv, planOnly) {
    const usable = cv.status === 'uploaded' || (cv.status === 'archived' && VCS_SOURCES.has(cv.source));
    if (!usable) {
        if (cv.status === 'archived')
            return `configuration version ${cv.id} is archived: its files were discarded after its runs, and a ${cv.source || 'API'}-uploaded configuration cannot be fetched again`;
        return `configuration version ${cv.id} has status "${cv.status}"; only an uploaded configuration version can back a run`;
    }
    if (cv.speculative && !planOnly)
        return `configuration version ${cv.id} is speculative and can only back plan-only runs; set plan-only: true or choose another configuration version`;
    return undefined;
}


/***/ })

};

export const id = 159;
export const ids = [159];
export const modules = {

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   bq: () => (/* binding */ isPlanSettled),
/* harmony export */   mx: () => (/* binding */ decideAfterPlan),
/* harmony export */   qC: () => (/* binding */ nextPollDelay)
/* harmony export */ });
/* unused harmony export describeAwaiting */
/* harmony import */ var _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7334);

/**
 * The plan phase is over when the server says the run can be confirmed, when it waits for a person, or when the
 * run has ended. A bare `planned` is not enough: cost estimation, policies or run tasks may still follow (§4.3).
 */
function isPlanSettled(run) {
    return (_tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_RUN_STATUSES */ .Ay.has(run.status) ||
        run.actions.isConfirmable ||
        _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_DECISION_STATUSES */ .X9.has(run.status) ||
        run.status === 'planned_and_saved');
}
function isTerminal(run) {
    return _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_RUN_STATUSES */ .Ay.has(run.status);
}
/** What a person has to do about a run that waits for a decision, by status. */
const AWAITING_ADVICE = {
    policy_override: 'a soft-mandatory Sentinel policy failed; someone with "manage policy overrides" permission must override it on the run page before the run can be applied',
    tf_policy_override: 'a soft-mandatory policy failed; someone with "manage policy overrides" permission must override it on the run page',
    pre_plan_awaiting_decision: 'a mandatory pre-plan run task failed and waits for an override on the run page',
    post_plan_awaiting_decision: 'a mandatory post-plan run task or OPA policy failed and waits for an override on the run page',
    pre_apply_awaiting_decision: 'a mandatory pre-apply run task failed and waits for an override on the run page'
};
function describeAwaiting(status) {
    return AWAITING_ADVICE[status] ?? `the run waits for a decision (${status}) on the run page`;
}
/**
 * Decides from the run's settled state and the number of resources the plan destroys (replacements included).
 * The server's `actions` flags are trusted over status lists: they never drift (tfc-api.md §4.4).
 */
function decideAfterPlan(run, destroys, inputs) {
    switch (run.status) {
        case 'errored':
            return {
                kind: 'none',
                code: 'plan-errored',
                reason: 'The plan errored.',
                fail: 'The run errored during planning; see the errors in the job summary (or the end of the plan log) and the run page.'
            };
        case 'canceled':
        case 'force_canceled':
            return {
                kind: 'none',
                code: 'canceled-elsewhere',
                reason: 'The run was canceled.',
                fail: `The run was ${run.status === 'force_canceled' ? 'force-canceled' : 'canceled'} by someone else before this step acted on it.`
            };
        case 'discarded':
            return {
                kind: 'none',
                code: 'discarded-elsewhere',
                reason: 'The run was discarded.',
                fail: 'The run was discarded by someone else before this step acted on it.'
            };
        case 'policy_soft_failed':
            return {
                kind: 'none',
                code: 'policy-soft-failed',
                reason: 'A soft-mandatory policy failed.',
                fail: 'A soft-mandatory policy failed on this plan-only run; fix the configuration or the policy.'
            };
        case 'planned_and_finished':
            return run.planOnly
                ? { kind: 'none', code: 'speculative', reason: 'Speculative (plan-only) run: nothing to apply.' }
                : { kind: 'none', code: 'no-changes', reason: 'No changes: nothing to apply.' };
        case 'applied':
            return inputs.apply
                ? { kind: 'none', code: 'applied-before-confirm', reason: 'The run was applied before this step confirmed it.' }
                : {
                    kind: 'none',
                    code: 'applied-elsewhere',
                    reason: 'The run was applied outside this step.',
                    fail: 'The run was applied by someone or something else although `apply` is false.'
                };
    }
    // A saved plan is kept for the step that applies it, whatever status it is confirmable in (after a policy
    // override it can be `policy_override` → `post_plan_completed`, say): it never holds the queue, so never discard it.
    const saved = inputs.savePlan === true && run.savePlan;
    if (saved && (run.status === 'planned_and_saved' || run.actions.isConfirmable)) {
        return {
            kind: 'leave',
            code: 'saved',
            reason: "Saved the plan: a later step applies exactly this run (`run: reviewed` after the merge, or `run:` with its ID). It does not hold the workspace's queue, and HCP Terraform discards it if another run applies first."
        };
    }
    if (_tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_DECISION_STATUSES */ .X9.has(run.status)) {
        const advice = describeAwaiting(run.status);
        const fail = `The run needs a decision: ${advice}.`;
        return inputs.discard && run.actions.isDiscardable && !saved
            ? {
                kind: 'discard',
                code: 'awaiting-decision',
                reason: `Discarded so it does not hold the workspace's queue: ${advice}. Set \`discard: false\` to leave such runs for a person to decide.`,
                fail
            }
            : { kind: 'leave', code: 'awaiting-decision', reason: `Left for a person: ${advice}.`, fail };
    }
    if (run.actions.isConfirmable) {
        if (destroys > 0 && inputs.apply && !inputs.allowDestroy) {
            const what = destroys === 1 ? '1 resource' : `${destroys} resources`;
            return {
                kind: 'discard',
                code: 'destroy-refused',
                reason: `Not applied: the plan destroys or replaces ${what} and \`allow-destroy\` is false.`,
                fail: `The plan destroys or replaces ${what}; this step applies such plans only with \`allow-destroy: true\`. The run was discarded.`
            };
        }
        if (inputs.apply)
            return { kind: 'apply', code: 'apply', reason: 'Applying: `apply` is true.' };
        return inputs.discard
            ? {
                kind: 'discard',
                code: 'not-applied',
                reason: "Discarded: `apply` is false, and `discard` is true so the run does not hold the workspace's queue."
            }
            : { kind: 'leave', code: 'left-for-confirmation', reason: 'Left for confirmation in the UI: `apply` and `discard` are false.' };
    }
    return {
        kind: 'none',
        code: 'unknown-status',
        reason: `The run stopped in status ${run.status}.`,
        fail: `The run is in status ${run.status}, which this step does not know how to finish; see the run page.`
    };
}
/**
 * Pause before the next poll: fast at first so a short plan is noticed within about a second or two, then slower,
 * reaching `capMs` after a couple of minutes (a 20-minute plan costs about 140 reads at the 10 s default).
 */
function nextPollDelay(elapsedMs, capMs) {
    return Math.min(capMs, 1000 + elapsedMs / 15);
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hm: () => (/* binding */ FIRST_PENDING_CHECK_MS),
  _I: () => (/* binding */ PENDING_CHECK_MS),
  Gu: () => (/* binding */ isWaiting),
  Ou: () => (/* binding */ whyPending)
});

// EXTERNAL MODULE: ./src/decide.ts
var decide = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
// EXTERNAL MODULE: ./src/tfc/pages.ts
var pages = __webpack_require__(4259);
;// CONCATENATED MODULE: ./src/tfc/organizations.ts


/** Pages of the organization's run queue read at most: enough for any queue a step would wait in. */
const QUEUE_PAGES = 10;
/**
 * A run's place in the organization's run queue (`GET /organizations/:org/runs/queue`, paged), where runs wait for
 * the organization's concurrency once their workspace let them go: each item is a run with `position-in-queue`,
 * as the Terraform CLI reads it. Undefined when the run is not in the queue.
 */
async function readQueuePosition(http, organization, runId) {
    for await (const page of (0,pages/* pages */.B)(http, `organizations/${encodeURIComponent(organization)}/runs/queue`, QUEUE_PAGES)) {
        const item = page.find(run => run.id === runId);
        if (item)
            return (0,jsonapi/* num */.bu)(item, 'position-in-queue') ?? undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/tfc/workspaces.ts
var workspaces = __webpack_require__(5773);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/run/queue.ts




/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
const PENDING_CHECK_MS = 30_000;
/** The first look: a run is pending for a moment even on an idle workspace. */
const FIRST_PENDING_CHECK_MS = 5_000;
/** Statuses in which a run waits for the organization's concurrency, its workspace having let it go. */
const WAITING_FOR_CAPACITY = new Set(['plan_queued', 'apply_queued']);
/** Whether a run waits: for its workspace (`pending`) or for the organization's capacity (queued). */
function isWaiting(run) {
    return run.status === 'pending' || WAITING_FOR_CAPACITY.has(run.status);
}
/**
 * Why our run has not started: while `pending`, the workspace's lock and its current run (often a run left
 * waiting for confirmation); while queued, its place in the organization's run queue. Undefined when nothing
 * explains it; a failed look-up is not a failure of the step.
 */
async function whyPending(http, apiOrigin, workspace, run) {
    try {
        if (WAITING_FOR_CAPACITY.has(run.status)) {
            const position = await readQueuePosition(http, workspace.organization, run.id);
            return position
                ? `it waits for a free run slot in organization ${workspace.organization} (its concurrency limit), at position ${position} of the organization's run queue`
                : undefined;
        }
        const holders = await (0,workspaces/* readWorkspaceHolders */.VS)(http, workspace.id);
        const reasons = [];
        const lock = holders.lockedBy;
        if (holders.workspace.locked && lock && lock.id !== run.id) {
            const who = lock.type === 'users' ? lock.name : lock.type === 'teams' ? `team ${lock.name}` : `run ${lock.name}`;
            reasons.push(`the workspace is locked by ${who}${holders.workspace.lockedReason ? ` ("${holders.workspace.lockedReason}")` : ''}`);
        }
        else if (holders.workspace.locked) {
            reasons.push('the workspace is locked');
        }
        const current = holders.currentRun;
        if (current && current.id !== run.id && !(0,decide/* isTerminal */.Hd)(current)) {
            const waiting = current.actions.isConfirmable ? ', waiting for confirmation' : '';
            // A run trigger queues runs nobody asked for here: say where this one came from.
            const trigger = current.queuedByTrigger
                ? `, queued by a run trigger${current.triggeringSource ? ` after workspace ${current.triggeringSource} applied` : ''}`
                : '';
            reasons.push(`run ${current.id} (${current.status}${waiting}${trigger}) holds the workspace: ${(0,run_workspace/* runUrl */.Vp)(apiOrigin, workspace, current.id)}`);
        }
        return reasons.length ? reasons.join('; ') : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  needsBackstop: () => (/* binding */ needsBackstop),
  stopAfterFailure: () => (/* binding */ stopAfterFailure),
  stopForReason: () => (/* binding */ stopForReason),
  stopReasonOf: () => (/* binding */ stopReasonOf)
});

// EXTERNAL MODULE: ./src/decide.ts
var decide = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __webpack_require__(7488);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var runs = __webpack_require__(1301);
// EXTERNAL MODULE: ./src/tfc/types.ts
var types = __webpack_require__(7334);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/queue.ts + 1 modules
var queue = __webpack_require__(9187);
;// CONCATENATED MODULE: ./src/run/stop-run.ts




/** Each 409 (the run moved between our read and our action) gets a fresh read and a fresh choice, this many times. */
const STOP_ATTEMPTS = 3;
/**
 * Stops a run that must not hold the workspace's queue, choosing from the run's own `actions` flags: discard when
 * it is discardable (waiting for confirmation, a decision or its turn), else cancel when it is cancelable. Never
 * touches a run whose apply has started. On 409 or an unknown outcome it reads the run again and chooses again.
 */
async function stopRunSafely(http, runId, comment, fresh) {
    // A caller that has just read the run hands it over rather than have it read twice.
    let run = fresh ?? (await (0,runs/* readRun */.cI)(http, runId));
    let unconfirmed;
    for (let attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
        if ((0,decide/* isTerminal */.Hd)(run))
            return { kind: 'ended', run };
        if (types/* APPLY_STARTED_STATUSES */.Ab.has(run.status))
            return { kind: 'applying', run };
        const action = run.actions.isDiscardable ? 'discard' : run.actions.isCancelable ? 'cancel' : undefined;
        if (!action)
            return { kind: 'not-allowed', run };
        let answer;
        try {
            answer = await (0,runs/* runAction */.Cs)(http, run.id, action, comment);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do))
                throw error;
            unconfirmed = error;
            answer = 'unknown';
        }
        if (answer === 'accepted')
            return { kind: action === 'discard' ? 'discarded' : 'canceled', run: await (0,runs/* readRun */.cI)(http, runId) };
        run = await (0,runs/* readRun */.cI)(http, runId);
    }
    if ((0,decide/* isTerminal */.Hd)(run))
        return { kind: 'ended', run };
    // Never report a stop the server did not confirm: the caller says so, and the post step tries again.
    if (unconfirmed)
        throw unconfirmed;
    return { kind: 'not-allowed', run };
}
/**
 * After a cancel was accepted, waits (within `until`) for the run to end; force-cancels once HCP Terraform allows it
 * (`is-force-cancelable`, after `force-cancel-available-at`) when `forceCancel` asks for it.
 */
async function settleCanceled(http, run, options) {
    let current = run;
    while (!(0,decide/* isTerminal */.Hd)(current) && options.clock.now() < options.until) {
        await options.clock.sleep(Math.min(options.pollMs, Math.max(0, options.until - options.clock.now())));
        current = await (0,runs/* readRun */.cI)(http, run.id);
        if (options.forceCancel && current.actions.isForceCancelable && !(0,decide/* isTerminal */.Hd)(current)) {
            let answer;
            try {
                answer = await (0,runs/* runAction */.Cs)(http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out');
            }
            catch (error) {
                // `is-force-cancelable` says what the run allows, not what this token may: force-cancel needs workspace
                // admin. The cancel stands; say so rather than report that stopping failed.
                if (error instanceof errors/* ApiError */.hD && (error.status === 403 || error.status === 404))
                    return { kind: 'canceled', run: current, forceCancelRefused: error.status };
                throw error;
            }
            if (answer === 'accepted')
                return { kind: 'force-canceled', run: await (0,runs/* readRun */.cI)(http, run.id) };
        }
    }
    return { kind: 'canceled', run: current };
}
/** One sentence for the log and the report: what was done to the run, in the server's terms. */
function describeStop(result, runUrl) {
    const { run } = result;
    switch (result.kind) {
        case 'ended':
            return `The run had already ended (${run.status}).`;
        case 'applying':
            return `The run is still applying (${run.status}), so it was left alone: canceling an apply can leave infrastructure half-changed. Follow it at ${runUrl}`;
        case 'discarded':
            return 'Discarded the run.';
        case 'canceled': {
            const refused = result.forceCancelRefused
                ? ` Force-cancel was refused (HCP Terraform answered ${result.forceCancelRefused}): it needs workspace admin access, which this token lacks.`
                : '';
            return (0,decide/* isTerminal */.Hd)(run)
                ? `Canceled the run.${refused}`
                : `Canceled the run: HCP Terraform accepted the cancel, and the run (${run.status}) stops when Terraform reaches its next safe point.${refused}`;
        }
        case 'force-canceled':
            return 'Canceled the run; it did not stop, so it was force-canceled.';
        case 'not-allowed':
            if (run.forceCancelAvailableAt)
                return `A cancel of the run is already under way (${run.status}); it stops when Terraform reaches a safe point.`;
            return `Could not stop the run (${run.status}): HCP Terraform allowed neither a discard nor a cancel. Check it at ${runUrl}`;
    }
}

// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/run/stop-step.ts









/** Time to stop the run after `timeout`: enough for a cancel to take, short enough that the step ends promptly. */
const STOP_AFTER_TIMEOUT_MS = 20_000;
/** With `force-cancel`, long enough for HCP Terraform's cool-off before a force-cancel is allowed. */
const STOP_WITH_FORCE_CANCEL_MS = 5 * 60_000;
/** After a job cancellation the runner kills the process within seconds (SIGINT, then SIGTERM 7.5 s later). */
const STOP_AFTER_INTERRUPT_MS = 5_000;
const STOP_AFTER_FAILURE_MS = 20_000;
/** A timeout or an interruption, from wherever it surfaced: a wait, or the transport at the deadline. */
function stopReasonOf(error) {
    if (error instanceof failures/* TimedOut */.GA)
        return { kind: 'timeout', waitingFor: `the ${error.phase}`, detail: error.detail };
    if (error instanceof failures/* Interrupted */.j$)
        return { kind: 'interrupt', waitingFor: `the ${error.phase}` };
    if (error instanceof errors/* StoppedError */.Ko) {
        return { kind: error.reason === 'deadline' ? 'timeout' : 'interrupt', waitingFor: `an answer from HCP Terraform (${error.message})` };
    }
    return undefined;
}
/**
 * Timeout or interrupt: stop the run this step acts on so it does not hold the queue, through a transport of its
 * own (the step's is past its deadline or aborted). A run that is applying is never touched.
 */
async function stopForReason(ctx, reason, workspace, run, 
/** False for a run adopted with `run`: this step never stops a run it did not create. */
owned = true) {
    const why = reason.kind === 'timeout'
        ? `Timed out after ${(0,duration/* formatDuration */.a)(ctx.inputs.timeoutMs)} (the \`timeout\` input) while waiting for ${reason.waitingFor}`
        : `The step was interrupted while waiting for ${reason.waitingFor}`;
    if (!run || !workspace)
        return { action: 'No run had been created.', failure: `${why}; no run had been created.` };
    if (!owned) {
        const action = `This step did not create run ${run.id}, so it leaves it as it is: ${(0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id)}`;
        return { run, action, failure: `${why}. ${action}` };
    }
    const budget = reason.kind === 'interrupt' ? STOP_AFTER_INTERRUPT_MS : ctx.inputs.forceCancel ? STOP_WITH_FORCE_CANCEL_MS : STOP_AFTER_TIMEOUT_MS;
    const http = ctx.stopTransport(budget);
    const url = (0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id);
    try {
        let detail = reason.detail;
        const fresh = await (0,runs/* readRun */.cI)(http, run.id);
        if (reason.kind === 'timeout' && !detail && (0,queue/* isWaiting */.Gu)(fresh)) {
            const pending = await (0,queue/* whyPending */.Ou)(http, ctx.inputs.apiOrigin, workspace, fresh);
            if (pending)
                detail = `run ${run.id} never started: ${pending}`;
        }
        let result = await stopRunSafely(http, run.id, `Stopped by GitHub Actions: ${why}`, fresh);
        // After an interrupt the runner kills the process within seconds: the cancel is sent, do not wait for it.
        if (result.kind === 'canceled' && reason.kind === 'timeout') {
            result = await settleCanceled(http, result.run, {
                clock: ctx.clock,
                until: ctx.clock.now() + budget,
                forceCancel: ctx.inputs.forceCancel,
                pollMs: Math.min(2000, ctx.inputs.pollIntervalMs)
            });
            if (!(0,decide/* isTerminal */.Hd)(result.run))
                ctx.log.warning(`Run ${run.id} is still ${result.run.status} after the cancel; it stops when Terraform exits.`);
        }
        const action = describeStop(result, url);
        ctx.log.info(action);
        return { run: result.run, action, failure: `${why}${detail ? `: ${detail}` : ''}. ${action}` };
    }
    catch (error) {
        const action = `Stopping run ${run.id} failed too (${error.message}); the post step will try again. Check it at ${url}`;
        ctx.log.warning(action);
        return { action, failure: `${why}. ${action}` };
    }
    finally {
        http.dispose();
    }
}
/**
 * After an unexpected failure, do not leave the run holding the workspace's queue, unless the inputs asked to leave
 * such a run for a person (`discard: false`). Returns a sentence saying what was done, and the run as last read.
 */
async function stopAfterFailure(ctx, workspace, run) {
    const http = ctx.stopTransport(STOP_AFTER_FAILURE_MS);
    const url = (0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id);
    try {
        const current = await (0,runs/* readRun */.cI)(http, run.id);
        const waitsForPerson = current.actions.isConfirmable || types/* AWAITING_DECISION_STATUSES */.X9.has(current.status);
        if ((0,decide/* isTerminal */.Hd)(current) || (waitsForPerson && !ctx.inputs.discard))
            return { run: current, stopFailed: false };
        const result = await stopRunSafely(http, run.id, 'Stopped by GitHub Actions: the step failed', current);
        const action = result.kind === 'discarded' || result.kind === 'canceled'
            ? `${describeStop(result, url)} It no longer holds the workspace's queue.`
            : describeStop(result, url);
        ctx.log.warning(action);
        return { action, run: result.run, stopFailed: result.kind === 'not-allowed' };
    }
    catch (error) {
        if (error instanceof errors/* ApiError */.hD && (error.status === 403 || error.status === 404)) {
            const action = `The token may not stop the run either (${error.status} to ${error.endpoint}): ask someone with "apply runs" access to discard run ${run.id}, which holds the workspace's queue: ${url}`;
            return { action, stopFailed: false };
        }
        return { action: `Stopping run ${run.id} failed too (${error.message}); the post step will try again.`, stopFailed: true };
    }
    finally {
        http.dispose();
    }
}
/**
 * Whether the post step must look at the run again: derived from the final result, not from which path got there.
 * A run that ended, that is applying, or that was left for a person on purpose needs nothing more.
 */
function needsBackstop(run, leftOnPurpose) {
    return !!run && !(0,decide/* isTerminal */.Hd)(run) && !types/* APPLY_STARTED_STATUSES */.Ab.has(run.status) && !leftOnPurpose;
}


/***/ })

};

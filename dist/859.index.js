export const id = 859;
export const ids = [859,159];
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
    if (run.status === 'planned_and_saved' && inputs.savePlan && run.savePlan) {
        return {
            kind: 'leave',
            code: 'saved',
            reason: "Saved the plan: a later step applies exactly this run (`run: reviewed` after the merge, or `run:` with its ID). It does not hold the workspace's queue, and HCP Terraform discards it if another run applies first."
        };
    }
    if (_tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_DECISION_STATUSES */ .X9.has(run.status)) {
        const advice = describeAwaiting(run.status);
        const fail = `The run needs a decision: ${advice}.`;
        return inputs.discard && run.actions.isDiscardable
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

/***/ 7859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PhaseLog: () => (/* reexport */ log_follower/* PhaseLog */.U),
  applyRun: () => (/* reexport */ applyRun),
  countsOf: () => (/* reexport */ read_plan/* countsOf */.mQ),
  decideAfterPlan: () => (/* reexport */ decide/* decideAfterPlan */.mx),
  destroysOf: () => (/* reexport */ read_plan/* destroysOf */.tb),
  discardRun: () => (/* reexport */ discardRun),
  explainedDecision: () => (/* reexport */ run_checks/* explainedDecision */.hh),
  isPlanSettled: () => (/* reexport */ decide/* isPlanSettled */.bq),
  needsBackstop: () => (/* reexport */ stop_step.needsBackstop),
  outcomeOf: () => (/* reexport */ outcomeOf),
  readPlanDetails: () => (/* reexport */ read_plan/* readPlanDetails */.A5),
  settleChecks: () => (/* reexport */ settleChecks),
  waitForApply: () => (/* reexport */ waitForApply),
  waitForRun: () => (/* reexport */ waitForRun)
});

// EXTERNAL MODULE: ./src/decide.ts
var decide = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __webpack_require__(7488);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var runs = __webpack_require__(1301);
// EXTERNAL MODULE: ./src/tfc/types.ts
var types = __webpack_require__(7334);
// EXTERNAL MODULE: ./src/run/create-run.ts
var create_run = __webpack_require__(673);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/queue.ts
var queue = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/run/log-follower.ts
var log_follower = __webpack_require__(3826);
// EXTERNAL MODULE: ./src/tfc/plans.ts
var plans = __webpack_require__(4099);
;// CONCATENATED MODULE: ./src/run/wait.ts







/** Log reads go to archive storage, at most about once a second. */
const LOG_READ_MS = 1000;
/**
 * Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`.
 * While the run is pending, looks up why now and then (a lock, another run holding the workspace) and says so.
 * Throws TimedOut or Interrupted, which the lifecycle turns into stopping the run.
 */
async function waitForRun(ctx, runId, done, phase, workspace, log = new log_follower/* PhaseLog */.U(ctx, phase)) {
    try {
        return await poll(ctx, runId, done, phase, workspace, log);
    }
    catch (error) {
        // The deadline or a stop may cut a request in flight rather than the wait itself: either way it is the phase
        // the step was waiting for that ran out, and the message says which, whatever the machine's timing.
        if (error instanceof errors/* StoppedError */.Ko)
            throw error.reason === 'deadline' ? new failures/* TimedOut */.GA(phase) : new failures/* Interrupted */.j$(phase);
        throw error;
    }
}
async function poll(ctx, runId, done, phase, workspace, log) {
    const { clock } = ctx;
    const started = clock.now();
    let lastStatus = '';
    let pendingSince;
    let nextCheck = 0;
    let pendingReason;
    let nextRead = 0;
    let nextLogRead = 0;
    for (;;) {
        checkStop(ctx, phase, pendingReason && `run ${runId} never started: ${pendingReason}`);
        if (clock.now() >= nextRead) {
            const run = await (0,runs/* readRun */.cI)(ctx.http, runId);
            if (run.status !== lastStatus) {
                ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`);
                lastStatus = run.status;
            }
            if (done(run))
                return run;
            if (run.status === 'pending' && workspace) {
                pendingSince ??= clock.now();
                nextCheck ||= pendingSince + queue/* FIRST_PENDING_CHECK_MS */.Hm;
                if (clock.now() >= nextCheck) {
                    nextCheck = clock.now() + queue/* PENDING_CHECK_MS */._I;
                    const reason = await (0,queue/* whyPending */.Ou)(ctx.http, ctx.inputs.apiOrigin, workspace, run);
                    if (reason && reason !== pendingReason)
                        ctx.log.warning(`Run ${runId} has not started: ${reason}.`);
                    pendingReason = reason;
                }
            }
            else {
                pendingReason = undefined;
            }
            if (!log.following)
                await followLog(ctx, run, phase, log);
            nextRead = clock.now() + (0,decide/* nextPollDelay */.qC)(clock.now() - started, ctx.inputs.pollIntervalMs);
        }
        // While the log is written, read it about once a second; its end marker means the phase is over: read the
        // run at once instead of at the next poll.
        if (log.following && !log.finished && clock.now() >= nextLogRead) {
            nextLogRead = clock.now() + LOG_READ_MS;
            if ((await log.read()).ended) {
                nextRead = clock.now();
                continue;
            }
        }
        const untilRead = nextRead - clock.now();
        const delay = log.following && !log.finished ? Math.min(nextLogRead - clock.now(), untilRead) : untilRead;
        await clock.sleep(Math.min(Math.max(0, delay), Math.max(0, ctx.deadline - clock.now())), ctx.signal);
    }
}
/** Follows the phase's log once the phase has started writing it. */
async function followLog(ctx, run, phase, log) {
    const started = phase === 'plan' ? run.status === 'planning' && run.planId : run.status === 'applying' && run.applyId;
    if (!started)
        return;
    const url = phase === 'plan' ? (await (0,plans/* readPlan */.m3)(ctx.http, run.planId)).logReadUrl : (await (0,plans/* readApply */.jC)(ctx.http, run.applyId)).logReadUrl;
    if (url)
        log.follow(url);
}
function checkStop(ctx, phase, detail) {
    if (ctx.signal?.aborted)
        throw new failures/* Interrupted */.j$(phase);
    if (ctx.clock.now() >= ctx.deadline)
        throw new failures/* TimedOut */.GA(phase, detail);
}

;// CONCATENATED MODULE: ./src/run/act.ts







const APPLY_ATTEMPTS = 3;
/**
 * Confirms the run. A 409 (or an unknown outcome) gets a fresh read and a decision from that state, never a blind
 * retry: the run may have moved on (a `planned` that was transient before cost estimation, say).
 */
async function applyRun(ctx, run, destroys) {
    let current = run;
    for (let attempt = 1; attempt <= APPLY_ATTEMPTS; attempt++) {
        let result;
        try {
            result = await (0,runs/* runAction */.Cs)(ctx.http, current.id, 'apply', `Applied by GitHub Actions (${(0,create_run/* workflowRef */.RU)(ctx.env)})`);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do))
                throw permissionFailure(error, 'apply', current.id);
            result = 'unknown';
        }
        if (result === 'accepted') {
            ctx.log.info('Apply accepted');
            break;
        }
        current = await (0,runs/* readRun */.cI)(ctx.http, current.id);
        ctx.log.info(`Apply answered ${result === 'conflict' ? '409' : 'with an unknown outcome'}; the run is now ${current.status}`);
        if (types/* APPLY_STARTED_STATUSES */.Ab.has(current.status))
            break;
        if (!(0,decide/* isPlanSettled */.bq)(current))
            current = await waitForRun(ctx, current.id, decide/* isPlanSettled */.bq, 'plan');
        const decision = (0,decide/* decideAfterPlan */.mx)(current, destroys, ctx.inputs);
        if (decision.kind !== 'apply')
            return { run: current, decision };
        if (attempt === APPLY_ATTEMPTS)
            throw new failures/* StepFailure */.pH(`HCP Terraform refused to apply run ${current.id} ${APPLY_ATTEMPTS} times (status ${current.status}); see the run page.`);
    }
    return { run: current, decision: { kind: 'apply', code: 'apply', reason: 'Applied: `apply` is true.' } };
}
/**
 * HCP Terraform answers 403 or 404 to an action on our own run when the token lacks the permission for it (apply,
 * discard and cancel need "apply runs"): say that, rather than "not found".
 */
function permissionFailure(error, action, runId) {
    if (!(error instanceof errors/* ApiError */.hD) || (error.status !== 403 && error.status !== 404))
        return error;
    return new failures/* StepFailure */.pH(`The token may not ${action} run ${runId} (HCP Terraform answered ${error.status} to ${error.endpoint}): it needs the "apply runs" permission on the workspace; give the token's team "write" access.`);
}
/** Discards the run. On a 409 the fresh state decides: already ended (reported as it is), one more try, or a failure. */
async function discardRun(ctx, run, reason) {
    const comment = `Discarded by GitHub Actions (${(0,create_run/* workflowRef */.RU)(ctx.env)}): ${reason}`;
    const discard = () => (0,runs/* runAction */.Cs)(ctx.http, run.id, 'discard', comment).catch((error) => {
        throw permissionFailure(error, 'discard', run.id);
    });
    if ((await discard()) === 'conflict') {
        const fresh = await (0,runs/* readRun */.cI)(ctx.http, run.id);
        ctx.log.info(`Discard answered 409; the run is now ${fresh.status}`);
        if ((0,decide/* isTerminal */.Hd)(fresh))
            return fresh;
        if (!fresh.actions.isDiscardable || (await discard()) === 'conflict') {
            throw new failures/* StepFailure */.pH(`Could not discard run ${run.id}: it is now ${fresh.status}. Check the run page; it may hold the workspace's queue.`);
        }
    }
    const done = await waitForRun(ctx, run.id, decide/* isTerminal */.Hd, 'plan');
    ctx.log.info(`Run ${done.id} is ${done.status}`);
    return done;
}

// EXTERNAL MODULE: ./src/plan/log.ts
var plan_log = __webpack_require__(9193);
;// CONCATENATED MODULE: ./src/run/apply-wait.ts





/** After a confirmed apply: wait for it to end (unless `wait-for-apply` is false) and say how it went. */
async function waitForApply(ctx, run) {
    if (!ctx.inputs.waitForApply) {
        return { run, kind: 'applying', action: 'Apply started; not waiting for it because `wait-for-apply` is false.', applied: true };
    }
    const log = new log_follower/* PhaseLog */.U(ctx, 'apply');
    const done = await ctx.log.group('Wait for the apply', () => waitForRun(ctx, run.id, decide/* isTerminal */.Hd, 'apply', undefined, log));
    const apply = done.applyId ? await (0,plans/* readApply */.jC)(ctx.http, done.applyId) : undefined;
    const digest = apply && apply.status !== 'unreachable' ? await log.finish(apply.logReadUrl) : undefined;
    const applyDiagnostics = digest && { items: digest.diagnostics, dropped: digest.dropped };
    if (done.status === 'applied')
        return { run: done, kind: 'applied', action: 'Applied: `apply` is true.', applied: true, applyDiagnostics };
    const applyLog = digest?.lastLines().length ? (0,plan_log/* excerptOf */.z)(digest) : undefined;
    const errored = done.status === 'errored';
    return {
        run: done,
        kind: errored ? 'apply-errored' : 'canceled',
        action: 'Confirmed the run, but the apply did not succeed.',
        failure: errored
            ? 'The apply errored; see its errors in the job summary and the run page. Some changes may have been applied.'
            : `The apply ended as ${done.status}.`,
        applied: false,
        applyLog,
        applyDiagnostics
    };
}

// EXTERNAL MODULE: ./src/run/checks.ts + 1 modules
var run_checks = __webpack_require__(5743);
;// CONCATENATED MODULE: ./src/run/outcome.ts
/** Where a run stands for the report, from the decision taken on it and its final state. */
function outcomeOf(decision, run, counts) {
    switch (decision.code) {
        case 'destroy-refused':
            return 'destroy-refused';
        case 'awaiting-decision':
        case 'policy-soft-failed':
            return 'needs-decision';
        case 'not-applied':
        case 'discarded-elsewhere':
            return 'discarded';
        case 'left-for-confirmation':
            return 'left';
        case 'saved':
            return 'saved';
        case 'plan-errored':
            return 'errored';
        case 'checks-failed':
            return 'checks-failed';
        case 'canceled-elsewhere':
            return 'canceled';
        case 'applied-before-confirm':
        case 'applied-elsewhere':
            return 'applied';
        case 'no-changes':
            return 'no-changes';
        case 'speculative':
            return counts && Object.values(counts).some(n => n > 0) ? 'plan-only' : 'no-changes';
        case 'apply':
            return run.status === 'applied' ? 'applied' : 'applying';
        case 'unknown-status':
            return 'planned';
    }
}

// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/tfc/policy-checks.ts
var policy_checks = __webpack_require__(4287);
;// CONCATENATED MODULE: ./src/tfc/run-comments.ts
/** Adds a comment to a run, shown on its page: where an override's justification is recorded. */
async function commentOnRun(http, runId, body) {
    await http.request('POST', `runs/${encodeURIComponent(runId)}/comments`, {
        body: { data: { type: 'comments', attributes: { body } } }
    });
}

// EXTERNAL MODULE: ./src/tfc/task-stages.ts
var task_stages = __webpack_require__(2452);
;// CONCATENATED MODULE: ./src/run/override.ts
/**
 * `override-policies`: overrides what a run waits on (a soft-failed Sentinel check, a task stage awaiting an
 * override), only when the server says it is overridable and this token may, records the reason as a run comment,
 * and waits for the run to settle again (tfc-api-addendum.md §3.4).
 */









/** Pre-plan, post-plan and Sentinel: a run waits for at most three decisions before its apply. */
const MAX_OVERRIDE_ROUNDS = 3;
/** Reads the settled run's checks and, with `override-policies`, overrides what it waits on while that is allowed. */
async function settleChecks(ctx, settled, planLog, workspace) {
    let run = settled;
    let checks = await (0,run_checks/* readChecks */.wf)(ctx, run);
    const overrides = [];
    const override = ctx.inputs.overridePolicies && (0,run_checks/* overrideWouldHelp */.RQ)(ctx.inputs);
    if (ctx.inputs.overridePolicies && !override && types/* AWAITING_DECISION_STATUSES */.X9.has(run.status))
        ctx.log.info('Not overriding: this step does not go on with the run (`apply` is false), so it would be discarded anyway.');
    for (let round = 0; override && types/* AWAITING_DECISION_STATUSES */.X9.has(run.status) && round < MAX_OVERRIDE_ROUNDS; round++) {
        const waitingOn = run.status;
        const current = run;
        const done = await ctx.log.group('Override policies', () => overrideChecks(ctx, current, checks));
        if (!done.length)
            break;
        overrides.push(...done);
        run = await ctx.log.group('Wait for the plan', () => waitForRun(ctx, current.id, r => r.status !== waitingOn && (0,decide/* isPlanSettled */.bq)(r), 'plan', workspace, planLog));
        checks = await (0,run_checks/* readChecks */.wf)(ctx, run);
    }
    return { run, checks, overrides };
}
/** Overrides every check the run waits on, or none when any of them may not be (the failure then says why). */
async function overrideChecks(ctx, run, checks) {
    const waiting = (0,run_checks/* awaitingOverride */.Zn)(checks);
    const blocked = waiting.find(w => !w.isOverridable || !w.canOverride);
    if (!waiting.length || blocked) {
        ctx.log.warning(blocked
            ? `Not overriding: the ${blocked.what} ${blocked.isOverridable ? 'may not be overridden with this token' : 'is not overridable'}.`
            : `Not overriding: the run waits (${run.status}) on nothing this step can override.`);
        return [];
    }
    const reason = ctx.inputs.overrideReason;
    const done = [];
    for (const item of waiting) {
        const result = item.kind === 'policy-check'
            ? await (0,policy_checks/* overridePolicyCheck */.bV)(ctx.http, item.id, reason)
            : await (0,task_stages/* overrideTaskStage */.KB)(ctx.http, item.id, reason);
        if (result === 'conflict') {
            ctx.log.warning(`HCP Terraform refused to override the ${item.what} (409): it is no longer waiting for an override.`);
            continue;
        }
        ctx.log.info(`Overrode the ${item.what}: ${reason}`);
        done.push(item.what);
    }
    if (done.length)
        await recordReason(ctx, run, done);
    return done;
}
/** The justification goes on the run, where the next person to look at it will see it. */
async function recordReason(ctx, run, done) {
    const by = (0,github_event/* workflowRunOf */.ol)(ctx.env);
    try {
        await commentOnRun(ctx.http, run.id, `Overridden by ${by} (override-policies): ${ctx.inputs.overrideReason}\n\nOverrode: ${done.join('; ')}`);
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        ctx.log.warning(`Overrode, but could not record the reason on the run: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./src/run/read-plan.ts + 1 modules
var read_plan = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/run/stop-step.ts + 1 modules
var stop_step = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/run/after-start.ts
/**
 * The lifecycle's stages after the run exists: waiting, reading the plan and its checks, deciding, acting. Loaded
 * apart from the start-up code (see `lifecycle.ts`): the step's first request does not wait for it, and it loads
 * while the step waits for HCP Terraform to answer.
 */












/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ FIRST_PENDING_CHECK_MS),
/* harmony export */   Ou: () => (/* binding */ whyPending),
/* harmony export */   _I: () => (/* binding */ PENDING_CHECK_MS)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3431);
/* harmony import */ var _tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5773);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6120);



/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
const PENDING_CHECK_MS = 30_000;
/** The first look: a run is pending for a moment even on an idle workspace. */
const FIRST_PENDING_CHECK_MS = 5_000;
/**
 * Why our run has not started: the workspace's lock and its current run (often a run left waiting for
 * confirmation), and our place in the organization's queue when the server says. Undefined when nothing explains
 * it; a failed look-up is not a failure of the step.
 */
async function whyPending(http, apiOrigin, workspace, run) {
    try {
        const holders = await (0,_tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .readWorkspaceHolders */ .VS)(http, workspace.id);
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
        if (current && current.id !== run.id && !(0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminal */ .Hd)(current)) {
            const waiting = current.actions.isConfirmable ? ', waiting for confirmation' : '';
            reasons.push(`run ${current.id} (${current.status}${waiting}) holds the workspace: ${(0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(apiOrigin, workspace, current.id)}`);
        }
        if (run.positionInQueue)
            reasons.push(`position ${run.positionInQueue} in the organization's run queue`);
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
// EXTERNAL MODULE: ./src/run/queue.ts
var queue = __webpack_require__(5026);
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
            if ((await (0,runs/* runAction */.Cs)(http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out')) === 'accepted') {
                return { kind: 'force-canceled', run: await (0,runs/* readRun */.cI)(http, run.id) };
            }
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
        case 'canceled':
            return (0,decide/* isTerminal */.Hd)(run)
                ? 'Canceled the run.'
                : `Canceled the run: HCP Terraform accepted the cancel, and the run (${run.status}) stops when Terraform reaches its next safe point.`;
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
        if (reason.kind === 'timeout' && !detail && fresh.status === 'pending') {
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


/***/ }),

/***/ 7334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ APPLY_STARTED_STATUSES),
/* harmony export */   Ay: () => (/* binding */ TERMINAL_RUN_STATUSES),
/* harmony export */   X9: () => (/* binding */ AWAITING_DECISION_STATUSES)
/* harmony export */ });
/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
const TERMINAL_RUN_STATUSES = new Set([
    'applied',
    'planned_and_finished',
    'policy_soft_failed',
    'discarded',
    'errored',
    'canceled',
    'force_canceled'
]);
/** From here on the run is applying or has applied: never cancel or discard it on the action's own account. */
const APPLY_STARTED_STATUSES = new Set([
    'confirmed',
    'queuing_apply',
    'apply_queued',
    'pre_apply_running',
    'pre_apply_completed',
    'applying',
    'post_apply_running',
    'post_apply_completed',
    'applied'
]);
/** Paused for a person: an override or a decision that this action must not take on anyone's behalf. */
const AWAITING_DECISION_STATUSES = new Set([
    'policy_override',
    'tf_policy_override',
    'pre_plan_awaiting_decision',
    'post_plan_awaiting_decision',
    'pre_apply_awaiting_decision'
]);


/***/ })

};
